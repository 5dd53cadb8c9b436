#include "print/pdf_file.h"

#include <cstdio>
#include <zlib.h>

namespace kiosk {

namespace {

float points(float mm) {
    return mm * 72.f / 25.4f;
}

// zlib's default level: its best took five times as long (180 against 37 ms for an Arabic 80 mm
// slip, bench/print_bench.cpp) for 4 % fewer bytes.
std::string deflated(const std::vector<uint8_t>& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, data.data(), static_cast<uLong>(data.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        return "";
    out.resize(size);
    return out;
}

std::string number(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(v));
    return buf;
}

// Objects are written in order and their offsets kept for the cross-reference table.
struct Writer {
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets; // object n at offsets[n - 1]

    void object(int n, const std::string& body) {
        if (offsets.size() < static_cast<size_t>(n)) offsets.resize(static_cast<size_t>(n));
        offsets[static_cast<size_t>(n - 1)] = out.size();
        out += std::to_string(n) + " 0 obj\n" + body + "\nendobj\n";
    }
    void finish() {
        size_t xref = out.size();
        out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (size_t o : offsets) {
            char line[24];
            std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
            out += line;
        }
        out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
               std::to_string(xref) + "\n%%EOF\n";
    }
};

} // namespace

float page_height_mm(const PageImage& page, const Paper& paper) {
    if (!paper.roll()) return paper.height_mm;
    return static_cast<float>(page.height) * 25.4f / paper.dpi + 2 * paper.margin_mm;
}

std::string pdf_file(const std::vector<PageImage>& pages, const Paper& paper) {
    Writer w;
    int n = static_cast<int>(pages.size());
    std::string kids;
    for (int i = 0; i < n; ++i) kids += std::to_string(3 + 3 * i) + " 0 R ";
    w.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    w.object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
    for (int i = 0; i < n; ++i) {
        const PageImage& img = pages[static_cast<size_t>(i)];
        int page = 3 + 3 * i, content = page + 1, image = page + 2;
        float w_pt = points(paper.width_mm), h_pt = points(page_height_mm(img, paper));
        // The image at its resolution, on the printable width centred, a margin from the top.
        float iw = static_cast<float>(img.width) * 72.f / paper.dpi;
        float ih = static_cast<float>(img.height) * 72.f / paper.dpi;
        float x = (w_pt - iw) / 2, y = h_pt - points(paper.margin_mm) - ih;
        std::string draw =
            "q " + number(iw) + " 0 0 " + number(ih) + " " + number(x) + " " + number(y) + " cm /Slip Do Q\n";
        std::string pixels = deflated(img.gray);
        if (pixels.empty()) return "";
        w.object(page, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(w_pt) + " " + number(h_pt) +
                           "] /Resources << /XObject << /Slip " + std::to_string(image) +
                           " 0 R >> >> /Contents " + std::to_string(content) + " 0 R >>");
        w.object(content, "<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "endstream");
        w.object(image, "<< /Type /XObject /Subtype /Image /Width " + std::to_string(img.width) +
                            " /Height " + std::to_string(img.height) +
                            " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " +
                            std::to_string(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream");
    }
    w.finish();
    return w.out;
}

} // namespace kiosk
