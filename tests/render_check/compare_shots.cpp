// Checks that two runs of a script drew the same pixels: every screenshot in the first directory
// must have a twin of the same name in the second, pixel for pixel. Used to hold frames drawn in
// part (only what changed, the rest kept in the back buffer) to frames drawn whole.
//
// With --tolerance N, a pixel whose channels all differ by N levels (of 255) or less counts as the
// same, and is only counted; used to hold the OpenGL ES 3 kiosk (arm64, under emulation) to the
// desktop OpenGL one, whose shaders and rasteriser's code differ (tests/arm64/tests.cmake says why).
//
//   compare_shots [--tolerance N] DIR_A DIR_B
#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> rgba;
};

bool load(const fs::path& path, Image& img) {
    int n = 0;
    unsigned char* px = stbi_load(path.c_str(), &img.w, &img.h, &n, 4);
    if (!px) return false;
    img.rgba.assign(px, px + static_cast<size_t>(img.w) * static_cast<size_t>(img.h) * 4);
    stbi_image_free(px);
    return true;
}

int tolerance = 0; // the largest difference in a channel that still counts as the same

// Prints where the two differ (the box around every differing pixel); true when they do not.
bool same(const std::string& name, const Image& a, const Image& b) {
    if (a.w != b.w || a.h != b.h) {
        std::printf("%s: %dx%d against %dx%d\n", name.c_str(), a.w, a.h, b.w, b.h);
        return false;
    }
    int x0 = a.w, y0 = a.h, x1 = -1, y1 = -1;
    long count = 0, near = 0;
    int largest = 0;
    for (int y = 0; y < a.h; ++y)
        for (int x = 0; x < a.w; ++x) {
            size_t i = (static_cast<size_t>(y) * static_cast<size_t>(a.w) + static_cast<size_t>(x)) * 4;
            if (std::equal(&a.rgba[i], &a.rgba[i] + 4, &b.rgba[i])) continue;
            int diff = 0;
            for (size_t c = i; c < i + 4; ++c)
                diff = std::max(diff, std::abs(int(a.rgba[c]) - int(b.rgba[c])));
            largest = std::max(largest, diff);
            if (diff <= tolerance) {
                ++near;
                continue;
            }
            ++count;
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
        }
    if (near > 0)
        std::printf("%s: %ld pixels differ by %d level%s at most (within the tolerance)\n", name.c_str(),
                    near, count ? tolerance : largest, (count ? tolerance : largest) == 1 ? "" : "s");
    if (count == 0) return true;
    std::printf("%s: %ld pixels differ (by up to %d levels), within x %d-%d, y %d-%d (from the top)\n",
                name.c_str(), count, largest, x0, x1, y0, y1);
    return false;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "--tolerance") {
        tolerance = std::atoi(argv[2]);
        argv += 2, argc -= 2;
    }
    if (argc != 3 || tolerance < 0 || tolerance > 255) {
        std::fprintf(stderr, "usage: compare_shots [--tolerance N] DIR_A DIR_B\n");
        return 2;
    }
    std::vector<fs::path> shots;
    for (const fs::directory_entry& e : fs::directory_iterator(argv[1]))
        if (e.path().extension() == ".png") shots.push_back(e.path());
    std::sort(shots.begin(), shots.end());
    if (shots.empty()) {
        std::printf("no screenshots in %s\n", argv[1]);
        return 1;
    }
    int failed = 0;
    for (const fs::path& shot : shots) {
        std::string name = shot.filename().string();
        Image a, b;
        if (!load(shot, a) || !load(fs::path(argv[2]) / name, b)) {
            std::printf("%s: cannot read it in both directories\n", name.c_str());
            ++failed;
        } else if (!same(name, a, b)) {
            ++failed;
        }
    }
    std::printf("%zu screenshots, %d differ\n", shots.size(), failed);
    return failed == 0 ? 0 : 1;
}
