/* stb_image and stb_image_resize as Debian ships them (libstb-dev), compiled here so the fuzzer
   sees their branches: the kiosk links the same sources from libstb. Third-party code, built
   without the project's warnings (see CMakeLists.txt). */
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#include <stb_image_resize.h>
