#include "core/operations/kiosk_config.h"
#include "core/operations/paper.h"
#include "print/pdf_file.h"
#include "print/printer_state.h"
#include "print/slip_page.h"

#include <catch.hpp>
#include <regex>

using namespace kiosk;

namespace {

FontSet& fonts() {
    static FontSet f;
    return f;
}

// The first and last columns with ink in rows [y0, y1), or {-1, -1} where there is none.
std::pair<int, int> ink_columns(const PageImage& p, int y0, int y1) {
    int first = -1, last = -1;
    for (int y = y0; y < y1 && y < p.height; ++y)
        for (int x = 0; x < p.width; ++x)
            if (p.gray[static_cast<size_t>(y * p.width + x)] < 128) {
                first = first < 0 || x < first ? x : first;
                last = std::max(last, x);
            }
    return {first, last};
}

Slip one_title(const std::string& title, bool rtl) {
    Slip s;
    s.rtl = rtl;
    s.blocks.push_back({SlipBlock::Kind::Title, title});
    s.footer = "x";
    return s;
}

} // namespace

TEST_CASE("papers: a roll's dots across its printable width, a sheet's size") {
    std::optional<Paper> roll = paper_named("80mm");
    REQUIRE(roll);
    CHECK(roll->roll());
    CHECK(roll->dots(roll->printable_mm) == 576); // the 72 mm an 80 mm thermal head prints, 8 dots a mm
    CHECK(paper_named("58mm")->dots(48) == 384);
    CHECK(!paper_named("A4")->roll());
    CHECK(!paper_named("letter"));
}

TEST_CASE("a slip in Arabic starts at the right, in French at the left") {
    Paper paper = *paper_named("80mm");
    PageImage ar = draw_slip(one_title("إيواء", true), paper, fonts(), nullptr).front();
    PageImage fr = draw_slip(one_title("Abri", false), paper, fonts(), nullptr).front();
    REQUIRE(ar.width == 576);
    auto [ar_first, ar_last] = ink_columns(ar, 0, ar.height / 2);
    auto [fr_first, fr_last] = ink_columns(fr, 0, fr.height / 2);
    REQUIRE(ar_first >= 0);
    REQUIRE(fr_first >= 0);
    CHECK(ar_last > ar.width - 8); // flush with the right edge
    CHECK(ar_first > ar.width / 2);
    CHECK(fr_first < 8);
    CHECK(fr_last < fr.width / 2);
}

TEST_CASE("a long number is drawn smaller on a narrow roll, not broken over two lines") {
    Paper narrow = *paper_named("58mm");
    Slip s;
    s.blocks.push_back({SlipBlock::Kind::Number, "+33 1 55 28 19 40"});
    s.footer = "x";
    Slip one = s;
    one.blocks.front().text = "115";
    int height_long = draw_slip(s, narrow, fonts(), nullptr).front().height;
    int height_short = draw_slip(one, narrow, fonts(), nullptr).front().height;
    CHECK(height_long <= height_short); // one line, no taller than "115" on its one line
}

TEST_CASE("a sheet's slip runs onto a second page rather than off the first") {
    Paper a5 = *paper_named("A5");
    Slip s;
    for (int i = 0; i < 60; ++i) s.blocks.push_back({SlipBlock::Kind::Text, "Line " + std::to_string(i)});
    std::vector<PageImage> pages = draw_slip(s, a5, fonts(), nullptr);
    REQUIRE(pages.size() >= 2);
    for (const PageImage& p : pages) CHECK(p.height == a5.dots(a5.height_mm - 2 * a5.margin_mm));
}

TEST_CASE("a block taller than a sheet's page goes on over the next page, not lost") {
    Paper a5 = *paper_named("A5");
    std::string long_text;
    for (int i = 0; i < 400; ++i) long_text += "mot" + std::to_string(i) + " ";
    Slip s;
    s.blocks.push_back({SlipBlock::Kind::Text, long_text});
    std::vector<PageImage> pages = draw_slip(s, a5, fonts(), nullptr);
    REQUIRE(pages.size() >= 2);
    // The second page's top rows carry ink: the rest of the block, drawn again moved up.
    auto [first, last] = ink_columns(pages[1], 0, pages[1].height / 4);
    CHECK(first >= 0);
}

TEST_CASE("the PDF: one page a page, at the paper's size, its cross-reference table exact") {
    Paper roll = *paper_named("58mm");
    PageImage page{384, 203, std::vector<uint8_t>(384 * 203, 255)}; // 203 dots: 25.375 mm
    page.gray[0] = 0;
    std::string pdf = pdf_file({page}, roll);
    REQUIRE(pdf.rfind("%PDF-1.4", 0) == 0);
    CHECK(pdf.find("/Count 1") != std::string::npos);
    // 58 mm wide; 25.375 mm of slip plus the two 4 mm margins long.
    CHECK(pdf.find("/MediaBox [0 0 164.41 94.61]") != std::string::npos);
    // Every offset in the table points at its object.
    size_t xref = std::stoul(pdf.substr(pdf.rfind("startxref\n") + 10));
    std::string table = pdf.substr(xref);
    std::regex entry("(\\d{10}) 00000 n ");
    int n = 0;
    for (auto it = std::sregex_iterator(table.begin(), table.end(), entry); it != std::sregex_iterator();
         ++it) {
        size_t at = std::stoul((*it)[1]);
        std::string head = std::to_string(++n) + " 0 obj";
        CHECK(pdf.compare(at, head.size(), head) == 0);
    }
    CHECK(n == 5); // catalog, pages, and the page's own three
    Paper a4 = *paper_named("A4");
    std::string two = pdf_file({page, page}, a4);
    CHECK(two.find("/Count 2") != std::string::npos);
    CHECK(two.find("/MediaBox [0 0 595.28 841.89]") != std::string::npos);
}

TEST_CASE("what CUPS says of a printer, as the kiosk tells it") {
    CHECK(printer_state(3, true, {"none"}) == PrinterState::Ready);
    CHECK(printer_state(4, true, {"none"}) == PrinterState::Busy);
    CHECK(printer_state(5, true, {"paused"}) == PrinterState::Stopped);
    CHECK(printer_state(3, false, {"none"}) == PrinterState::Stopped); // cupsreject
    CHECK(printer_state(5, true, {"media-empty-error"}) == PrinterState::NoPaper);
    CHECK(printer_state(3, true, {"media-needed-warning"}) == PrinterState::NoPaper);
    CHECK(printer_state(3, true, {"media-empty-report"}) == PrinterState::Ready); // a report changes nothing
    CHECK(printer_state(3, true, {"offline-report"}) == PrinterState::Ready);
    CHECK(printer_state(4, true, {"connecting-to-device"}) == PrinterState::Busy); // every job's start
    // A report beside an error of the same kind does not hide the error, in either order.
    CHECK(printer_state(3, true, {"media-empty-report", "media-empty-error"}) == PrinterState::NoPaper);
    CHECK(printer_state(3, true, {"media-empty-error", "media-empty-report"}) == PrinterState::NoPaper);
    CHECK(printer_state(3, true, {"offline-error"}) == PrinterState::Offline);
    CHECK(printer_state(3, true, {"cover-open-error"}) == PrinterState::Offline);
    CHECK(printer_state(3, true, {"marker-supply-low-warning"}) == PrinterState::Ready);
    CHECK(printer_state(3, true, {"toner-empty-error"}) == PrinterState::Offline);
    CHECK(printable(PrinterState::Busy));
    CHECK(!printable(PrinterState::Missing));
    CHECK(std::string(visitor_key(PrinterState::NoPaper)) == "ui.print_no_paper");
    CHECK(std::string(staff_key(PrinterState::NoPaper)) == "staff.printer.no_paper");
    CHECK(std::string(state_name(PrinterState::NoServer)) == "no-server");
    CHECK(std::string(visitor_key(PrinterState::Missing)) == "ui.print_unavailable");
}

TEST_CASE("the [print] settings, and a clear problem for each that cannot be used") {
    KioskConfig c = parse_config(
        "[print]\nprinter = \"slip\"\npaper = \"58mm\"\nserver = \"/run/cups/cups.sock\"\n", "k.toml");
    CHECK(c.problems.empty());
    CHECK(c.printer == "slip");
    CHECK(c.paper == "58mm");
    CHECK(c.print_server == "/run/cups/cups.sock");
    KioskConfig none = parse_config("", "k.toml");
    CHECK(none.printer.empty()); // no printer: no Print button
    CHECK(none.paper == "80mm");
    KioskConfig bad = parse_config("[print]\nprinter = \"my slip\"\npaper = \"letter\"\n", "k.toml");
    CHECK(bad.printer.empty());
    CHECK(bad.paper == "80mm");
    REQUIRE(bad.problems.size() == 2);
    CHECK(bad.problems[0] == "k.toml:2: print.printer must be a CUPS queue name such as \"slip\" (lpstat "
                             "-p); no Print button is shown");
    CHECK(bad.problems[1] == "k.toml:3: print.paper must be one of 58mm, 80mm, A5, A4; 80mm is used");
}
