// SPDX-License-Identifier: BSL-1.0
// A second translation unit of test_error_code: the categories it sees must
// be the very objects the first one sees.
#include <system_error>

#include "smtp_status/error_code.hpp"

const std::error_category* status_category_in_second_tu() {
  return &smtp_status::status_category();
}

const std::error_category* condition_category_in_second_tu() {
  return &smtp_status::condition_category();
}

std::error_code error_code_from_second_tu(smtp_status::status_code code) {
  return make_error_code(code);
}
