# Cross-building for arm64 (a Raspberry-Pi-class board) on an amd64 Debian 12 with Debian's multiarch
# packages: the cross compiler from crossbuild-essential-arm64, the arm64 libraries installed as
# :arm64 packages in /usr/lib/aarch64-linux-gnu, and the two that cannot be installed beside their
# amd64 twins unpacked into KIOSK_ARM64_SYSROOT (scripts/setup --arm64). scripts/build-arm64 uses it.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

set(KIOSK_ARM64_SYSROOT "${CMAKE_CURRENT_LIST_DIR}/../build-arm64/sysroot" CACHE PATH
    "where scripts/setup --arm64 unpacked libunibreak and yaml-cpp's arm64 packages")
# try_compile projects read this file again: hand them the same folder.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KIOSK_ARM64_SYSROOT)

# pkg-config reads only arm64 .pc files (and the architecture-independent ones): never the host's,
# whose -L/usr/lib/x86_64-linux-gnu would link amd64 libraries.
set(ENV{PKG_CONFIG_LIBDIR}
    "${KIOSK_ARM64_SYSROOT}/usr/lib/pkgconfig:${KIOSK_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
# find_package(yaml-cpp) from the unpacked package; the others (nlohmann_json, tomlplusplus) are
# found in /usr/share and /usr/lib/aarch64-linux-gnu as CMake searches for an aarch64 target.
set(yaml-cpp_DIR "${KIOSK_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu/cmake/yaml-cpp" CACHE PATH "")

# Programs built here run on this amd64 machine under qemu-user: ctest's tests and the build's own
# steps (the content bundle). The arm64 loader and libraries are the multiarch ones in /usr/lib, where
# qemu finds them as a board would.
find_program(KIOSK_QEMU_AARCH64 qemu-aarch64 REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${KIOSK_QEMU_AARCH64}")
