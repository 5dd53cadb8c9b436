// The string keys the screens use. Lint requires each of them in every enabled language, so a
// screen can never show a raw key.
#pragma once
#include <array>

namespace kiosk::ui_key {

inline constexpr const char* choose_language = "ui.choose_language";
inline constexpr const char* back = "ui.back";
inline constexpr const char* home = "ui.home";
inline constexpr const char* language = "ui.language";
inline constexpr const char* topics_title = "ui.topics_title";
inline constexpr const char* step = "ui.step";
inline constexpr const char* choice_unknown = "ui.choice_unknown";
inline constexpr const char* next = "ui.next";
inline constexpr const char* what_to_do = "ui.what_to_do";
inline constexpr const char* services = "ui.services";
inline constexpr const char* hotlines = "ui.hotlines";
inline constexpr const char* free = "ui.free";
inline constexpr const char* not_free = "ui.not_free";
inline constexpr const char* price_normal = "ui.price_normal";
inline constexpr const char* hours = "ui.hours";
inline constexpr const char* hours_unknown = "ui.hours_unknown";
// An opening rule's comment, when it is one of the phrases services write ("sur rendez-vous").
inline constexpr const char* hours_comment_appointment = "ui.hours_comment.appointment";
inline constexpr const char* hours_comment_appointment_only = "ui.hours_comment.appointment_only";
inline constexpr const char* hours_comment_walk_in = "ui.hours_comment.walk_in";
inline constexpr const char* hours_comment_closed = "ui.hours_comment.closed";
inline constexpr const char* for_whom = "ui.for_whom";
inline constexpr const char* address = "ui.address";
inline constexpr const char* postal_only = "ui.postal_only";
inline constexpr const char* phone = "ui.phone";
inline constexpr const char* website = "ui.website";
inline constexpr const char* answers = "ui.answers";
inline constexpr const char* languages_spoken = "ui.languages_spoken";
inline constexpr const char* appointment_required = "ui.appointment_required";
inline constexpr const char* appointment_none = "ui.appointment_none";
inline constexpr const char* appointment_unknown = "ui.appointment_unknown";
inline constexpr const char* record_date = "ui.record_date";
inline constexpr const char* source = "ui.source";
inline constexpr const char* distance = "ui.distance";
inline constexpr const char* still_there = "ui.still_there";
inline constexpr const char* countdown = "ui.countdown";
inline constexpr const char* continue_visit = "ui.continue";
inline constexpr const char* end_visit = "ui.end_visit";
inline constexpr const char* emergency = "ui.emergency";
inline constexpr const char* no_services = "ui.no_services";
inline constexpr const char* unavailable = "ui.unavailable.information"; // the bundle could not be read
inline constexpr const char* welcome = "ui.welcome";
inline constexpr const char* open_now = "ui.open_now";
inline constexpr const char* open_closes_tomorrow = "ui.open_closes_tomorrow";
inline constexpr const char* open_until_midnight = "ui.open_until_midnight";
inline constexpr const char* open_always = "ui.open_always";
inline constexpr const char* opens_today = "ui.opens_today";
inline constexpr const char* opens_tomorrow = "ui.opens_tomorrow";
inline constexpr const char* opens_on = "ui.opens_on";
inline constexpr const char* closed_today = "ui.closed_today";
inline constexpr const char* walk = "ui.walk";
inline constexpr const char* heading = "ui.heading";
inline constexpr const char* filter_open_now = "ui.filter.open_now";
inline constexpr const char* filter_free = "ui.filter.free";
inline constexpr const char* filter_no_appointment = "ui.filter.no_appointment";
inline constexpr const char* filter_my_language = "ui.filter.my_language";
inline constexpr const char* list_count = "ui.list_count";
inline constexpr const char* list_none = "ui.list_none";
inline constexpr const char* list_soonest = "ui.list_soonest"; // nothing open now: those opening soonest
inline constexpr const char* list_nearest = "ui.list_nearest";
inline constexpr const char* see_all = "ui.see_all";
inline constexpr const char* qr_caption = "ui.qr_caption";
inline constexpr const char* content_updated = "ui.content_updated";
inline constexpr const char* more_below = "ui.more_below";
inline constexpr const char* front_desk_calls = "ui.front_desk_calls";
inline constexpr const char* show_unrecorded = "ui.list.show_unrecorded";
inline constexpr const char* hide_unrecorded = "ui.list.hide_unrecorded";
inline constexpr const char* unrecorded_here = "ui.list.unrecorded_here";
// The printed slip (print/slip_page.h) and the print button's messages.
inline constexpr const char* print = "ui.print";
inline constexpr const char* printing = "ui.printing";
inline constexpr const char* take_slip = "ui.take_slip";
inline constexpr const char* print_unavailable = "ui.print_unavailable";
inline constexpr const char* print_no_paper = "ui.print_no_paper";
inline constexpr const char* print_ok = "ui.print_ok";
inline constexpr const char* slip_in_french = "ui.slip.in_french";
inline constexpr const char* slip_nearest = "ui.slip.nearest";
inline constexpr const char* slip_week = "ui.slip.week";
inline constexpr const char* slip_day = "ui.slip.day";
inline constexpr const char* slip_closed = "ui.slip.closed";
inline constexpr const char* slip_holiday = "ui.slip.holiday";
inline constexpr const char* slip_printed = "ui.slip.printed";

inline constexpr std::array all = {choose_language,
                                   back,
                                   hours_unknown,
                                   hours_comment_appointment,
                                   hours_comment_appointment_only,
                                   hours_comment_walk_in,
                                   hours_comment_closed,
                                   home,
                                   language,
                                   topics_title,
                                   step,
                                   choice_unknown,
                                   next,
                                   what_to_do,
                                   services,
                                   hotlines,
                                   free,
                                   not_free,
                                   price_normal,
                                   hours,
                                   for_whom,
                                   address,
                                   postal_only,
                                   phone,
                                   website,
                                   answers,
                                   languages_spoken,
                                   appointment_required,
                                   appointment_none,
                                   appointment_unknown,
                                   record_date,
                                   source,
                                   distance,
                                   still_there,
                                   countdown,
                                   continue_visit,
                                   end_visit,
                                   emergency,
                                   no_services,
                                   unavailable,
                                   welcome,
                                   open_now,
                                   open_closes_tomorrow,
                                   open_until_midnight,
                                   open_always,
                                   opens_today,
                                   opens_tomorrow,
                                   opens_on,
                                   closed_today,
                                   walk,
                                   heading,
                                   filter_open_now,
                                   filter_free,
                                   filter_no_appointment,
                                   filter_my_language,
                                   list_count,
                                   list_none,
                                   list_soonest,
                                   list_nearest,
                                   see_all,
                                   qr_caption,
                                   content_updated,
                                   more_below,
                                   front_desk_calls,
                                   show_unrecorded,
                                   hide_unrecorded,
                                   unrecorded_here,
                                   print,
                                   printing,
                                   take_slip,
                                   print_unavailable,
                                   print_no_paper,
                                   print_ok,
                                   slip_in_french,
                                   slip_nearest,
                                   slip_week,
                                   slip_day,
                                   slip_closed,
                                   slip_holiday,
                                   slip_printed,
                                   "ui.audience.asylum-seekers",
                                   "ui.audience.undocumented",
                                   "ui.audience.women",
                                   "ui.audience.under-25",
                                   "ui.audience.families",
                                   "ui.weekday.0",
                                   "ui.weekday.1",
                                   "ui.weekday.2",
                                   "ui.weekday.3",
                                   "ui.weekday.4",
                                   "ui.weekday.5",
                                   "ui.weekday.6",
                                   "ui.dir.ahead",
                                   "ui.dir.right",
                                   "ui.dir.behind",
                                   "ui.dir.left",
                                   "ui.compass.n",
                                   "ui.compass.ne",
                                   "ui.compass.e",
                                   "ui.compass.se",
                                   "ui.compass.s",
                                   "ui.compass.sw",
                                   "ui.compass.w",
                                   "ui.compass.nw"};

} // namespace kiosk::ui_key
