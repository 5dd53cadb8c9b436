// A slip's pages as a PDF: each page one grey image (8 bits, Flate-compressed with zlib) at the
// paper's size, the image on the printable width. What CUPS's filters (cups-filters' pdftopdf,
// then the printer's own driver) turn into any printer's language, a receipt printer's included.
#pragma once
#include "core/operations/paper.h"
#include "print/slip_page.h"

#include <string>
#include <vector>

namespace kiosk {

// Empty when zlib fails (out of memory): nothing to print.
std::string pdf_file(const std::vector<PageImage>& pages, const Paper& paper);

// The page's height in millimetres for this image: a sheet's own, a roll's as long as the slip.
float page_height_mm(const PageImage& page, const Paper& paper);

} // namespace kiosk
