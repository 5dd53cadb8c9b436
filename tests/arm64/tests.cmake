# The tests of a cross-build (cmake/aarch64-linux-gnu.cmake): arm64 programs run on this machine
# under qemu-user. add_test runs a program target through CMAKE_CROSSCOMPILING_EMULATOR by itself; a
# command that starts one indirectly (xvfb-run, a script) is given the emulator by hand (KIOSK_RUN).
# Emulation is slow (a visit takes 55 s against 1.5 s natively, its software GL translated too), so
# this is a chosen handful, not the native suite: the unit tests, lint of the bundle the arm64 kiosk-content built, a visit in French
# and one in Arabic on the OpenGL ES 3 kiosk, a USB update, and (with KIOSK_HOST_BUILD) the visits'
# screenshots against the desktop OpenGL build's. Included from tests/CMakeLists.txt, so paths are
# those of tests/. scripts/test-arm64 runs them.
set(KIOSK_RUN ${CMAKE_CROSSCOMPILING_EMULATOR})
if(NOT KIOSK_RUN)
  message(FATAL_ERROR "a cross-build's tests need CMAKE_CROSSCOMPILING_EMULATOR (cmake/aarch64-linux-gnu.cmake sets it)")
endif()

# First that what the tests below run is arm64 code, under the emulator, drawing with the OpenGL ES 3
# backend: a mistaken toolchain would otherwise pass every test natively.
add_test(NAME arm64.binaries COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/arm64/check_binaries.sh ${CMAKE_NM}
         "${KIOSK_RUN}" $<TARGET_FILE:kiosk> $<TARGET_FILE:kiosk-content> $<TARGET_FILE:unit_tests>)

add_test(NAME unit COMMAND unit_tests)
set_tests_properties(unit PROPERTIES TIMEOUT 1800)
add_test(NAME content.lint COMMAND kiosk-content lint ${CMAKE_BINARY_DIR}/content.kbundle)
set_tests_properties(content.lint PROPERTIES TIMEOUT 600)

# Two visits, language to result to the places it names (tests/e2e/reach_*.kscript), at a fixed Paris
# time so that the desktop build's run of the same script (below) shows the same places open. A visit
# through every topic (visit_every_topic_*) takes over ten minutes under emulation on two shared cores.
find_program(XVFB_RUN xvfb-run REQUIRED)
set(KIOSK_ARM64_NOW "2026-11-24 10:00")
set(KIOSK_ARM64_VISITS reach_fr reach_ar)
# Both builds at the 21.5-inch panel's density, as the native e2e scripts: left to the monitor Xvfb
# reports, the two builds' GLFW read different sizes and laid the pages out at different scales.
foreach(name ${KIOSK_ARM64_VISITS})
  add_test(NAME e2e.${name}
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${KIOSK_RUN} $<TARGET_FILE:kiosk>
            --content ${CMAKE_BINARY_DIR}/content.kbundle --data-dir ${CMAKE_BINARY_DIR}/e2e-data/${name}
            --window 1920x1080 --display-mm 476 --script ${CMAKE_CURRENT_SOURCE_DIR}/e2e/${name}.kscript
            --shots ${CMAKE_BINARY_DIR}/shots/${name} --now ${KIOSK_ARM64_NOW})
  set_tests_properties(e2e.${name} PROPERTIES TIMEOUT 1200 FIXTURES_SETUP arm64_${name})
endforeach()

# A USB update, arm64 kiosk-content making and signing the bundles and the arm64 kiosk installing
# them: the first cases of tests/update/usb_update.sh (applied, a flipped byte and a wrong key
# refused); the native suite runs all 18.
add_test(NAME update.usb COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/update/usb_update.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR} short)
set_tests_properties(update.usb PROPERTIES ENVIRONMENT "EMULATOR=${KIOSK_RUN};KIOSK_RUN_SECONDS=600" TIMEOUT 1800)

# The same visits drawn by a desktop OpenGL build of this machine (KIOSK_HOST_BUILD, a native build
# with its kiosk, content.kbundle and compare_shots; scripts/test-arm64 makes one), and every
# screenshot compared (tests/render_check/compare_shots), allowing 2 levels (of 255) a channel. Both
# are drawn by Mesa's llvmpipe, but llvmpipe compiles its blending and texture filtering to the
# processor's own vector code (NEON on arm64, SSE/AVX here), which rounds some edge and
# anti-aliased text pixels differently: measured, 0.7 to 1.5 % of a 1920x1080 screenshot differs, never
# by more than 2 levels. (The x86 OpenGL ES build against the x86 OpenGL one: under 20 pixels by 1
# level, from the ES shaders.) A moved glyph, a wrong colour or a missing line differs by far more.
set(KIOSK_HOST_BUILD "" CACHE PATH "a native desktop OpenGL build whose screenshots the arm64 ones are compared with")
if(KIOSK_HOST_BUILD)
  foreach(name ${KIOSK_ARM64_VISITS})
    add_test(NAME host.e2e.${name}
      COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${KIOSK_HOST_BUILD}/kiosk
              --content ${KIOSK_HOST_BUILD}/content.kbundle --data-dir ${CMAKE_BINARY_DIR}/host-e2e-data/${name}
              --window 1920x1080 --display-mm 476 --script ${CMAKE_CURRENT_SOURCE_DIR}/e2e/${name}.kscript
              --shots ${CMAKE_BINARY_DIR}/host-shots/${name} --now ${KIOSK_ARM64_NOW})
    set_tests_properties(host.e2e.${name} PROPERTIES TIMEOUT 300 FIXTURES_SETUP host_${name})
    add_test(NAME render.arm64_gles_vs_desktop_gl.${name}
             COMMAND ${KIOSK_HOST_BUILD}/tests/compare_shots --tolerance 2 ${CMAKE_BINARY_DIR}/shots/${name}
                     ${CMAKE_BINARY_DIR}/host-shots/${name})
    set_tests_properties(render.arm64_gles_vs_desktop_gl.${name} PROPERTIES FIXTURES_REQUIRED "arm64_${name};host_${name}")
  endforeach()
endif()
