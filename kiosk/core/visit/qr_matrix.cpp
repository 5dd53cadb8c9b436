#include "core/visit/qr_matrix.h"

#include <qrencode.h>

namespace kiosk {

QrMatrix encode_qr(const std::string& text) {
    QrMatrix m;
    if (QRcode* q = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M)) {
        m.width = q->width;
        m.dark.resize(static_cast<size_t>(q->width) * static_cast<size_t>(q->width));
        for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = q->data[i] & 1;
        QRcode_free(q);
    }
    return m;
}

} // namespace kiosk
