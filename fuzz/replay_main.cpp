// SPDX-License-Identifier: BSL-1.0
// A plain main() for a fuzz target: feeds it every file named on the
// command line (directories are walked), so the seed corpus and the saved
// crash inputs run in the normal test suite without libFuzzer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size);

namespace {

int replay_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%s: cannot open\n", path.string().c_str());
    return 1;
  }
  const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                std::istreambuf_iterator<char>()};
  // An allocation of exactly the input's size, as libFuzzer gives, so that
  // a sanitizer build sees any read past the end.
  const std::size_t size = bytes.size();
  auto copy = std::make_unique<std::uint8_t[]>(size == 0 ? 1 : size);
  for (std::size_t i = 0; i != size; ++i) {
    copy[i] = static_cast<std::uint8_t>(bytes[i]);
  }
  std::fprintf(stderr, "replaying %s (%zu bytes)\n", path.string().c_str(),
               size);
  LLVMFuzzerTestOneInput(copy.get(), size);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg = argv[i];
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(arg)) {
        const auto name = entry.path().filename().string();
        if (entry.is_regular_file() && name.front() != '.' &&
            name != "README.md") {
          files.push_back(entry.path());
        }
      }
    } else if (fs::exists(arg, ec)) {
      files.push_back(arg);
    }
  }
  int failures = 0;
  for (const auto& f : files) failures += replay_file(f);
  std::printf("%zu inputs replayed, %d unreadable\n", files.size(), failures);
  return failures == 0 ? 0 : 1;
}
