// A QR code's modules for a text, encoded with libqrencode: what the screen draws as squares and
// the printed slip as dots.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct QrMatrix {
    int width = 0;                   // modules a side; 0 when the text is too long for a QR code
    std::vector<unsigned char> dark; // width * width, row by row, 1 for a dark module
};

// Error correction level M: a screen photographed, a dirty screen or a creased slip still reads.
QrMatrix encode_qr(const std::string& text);

} // namespace kiosk
