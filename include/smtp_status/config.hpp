// SPDX-License-Identifier: BSL-1.0
// smtp_status: detected language features (SMTP_STATUS_HAS_*) and user
// knobs (SMTP_STATUS_CONFIG_*), all in one place.

#ifndef SMTP_STATUS_CONFIG_HPP_INCLUDED
#define SMTP_STATUS_CONFIG_HPP_INCLUDED

#include "smtp_status/version.hpp"

#if __cplusplus < 201703L && !(defined(_MSVC_LANG) && _MSVC_LANG >= 201703L)
#error "smtp_status needs C++17 or later"
#endif

#ifdef __has_include
#if __has_include(<version>)
#include <version>
#endif
#endif

#if defined(__cpp_consteval) && __cpp_consteval >= 201811L
#define SMTP_STATUS_HAS_CONSTEVAL 1
#define SMTP_STATUS_CONSTEVAL consteval
#else
#define SMTP_STATUS_HAS_CONSTEVAL 0
#define SMTP_STATUS_CONSTEVAL constexpr
#endif

#if defined(__cpp_impl_three_way_comparison) &&   \
    __cpp_impl_three_way_comparison >= 201907L && \
    defined(__cpp_lib_three_way_comparison) &&    \
    __cpp_lib_three_way_comparison >= 201907L
#define SMTP_STATUS_HAS_THREE_WAY_COMPARISON 1
#else
#define SMTP_STATUS_HAS_THREE_WAY_COMPARISON 0
#endif

// Clang 12 and later take class-type template arguments in C++20 but keep
// the macro below 201911 until floating-point ones work too.
#if (defined(__cpp_nontype_template_args) &&                    \
     __cpp_nontype_template_args >= 201911L) ||                 \
    (defined(__clang__) && !defined(__apple_build_version__) && \
     __clang_major__ >= 12 && __cplusplus >= 202002L)
#define SMTP_STATUS_HAS_CLASS_TEMPLATE_ARGS 1
#else
#define SMTP_STATUS_HAS_CLASS_TEMPLATE_ARGS 0
#endif

#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#define SMTP_STATUS_HAS_STD_FORMAT 1
#elif defined(_LIBCPP_VERSION) && _LIBCPP_VERSION >= 160000 && \
    !defined(_LIBCPP_HAS_NO_INCOMPLETE_FORMAT) && __cplusplus >= 202002L
// libc++ 16 has a working <format> behind -fexperimental-library but does
// not define __cpp_lib_format.
#define SMTP_STATUS_HAS_STD_FORMAT 1
#else
#define SMTP_STATUS_HAS_STD_FORMAT 0
#endif

#if defined(__cpp_lib_is_constant_evaluated) && \
    __cpp_lib_is_constant_evaluated >= 201811L
#define SMTP_STATUS_HAS_IS_CONSTANT_EVALUATED 1
#else
#define SMTP_STATUS_HAS_IS_CONSTANT_EVALUATED 0
#endif

// Inlines the code parser into its callers. GCC otherwise keeps it out of
// line once a translation unit calls it from several places, and the call
// costs a quarter of a parse.
#if defined(__GNUC__) || defined(__clang__)
#define SMTP_STATUS_ALWAYS_INLINE [[gnu::always_inline]] inline
#elif defined(_MSC_VER)
#define SMTP_STATUS_ALWAYS_INLINE __forceinline
#else
#define SMTP_STATUS_ALWAYS_INLINE inline
#endif

#endif  // SMTP_STATUS_CONFIG_HPP_INCLUDED
