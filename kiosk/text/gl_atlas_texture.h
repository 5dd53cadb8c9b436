// The glyph atlas in OpenGL: one GL_R8 texture whose red channel is the coverage, swizzled so
// Dear ImGui's shader sees white with that alpha.
#pragma once
#include "text/glyph_atlas.h"

namespace kiosk {

class GlAtlasTexture : public AtlasTexture {
  public:
    ~GlAtlasTexture() override;
    void resize(int width, int height) override;
    void upload(int x, int y, int w, int h, const uint8_t* pixels) override;
    void* id() const override;

  private:
    unsigned texture_ = 0;
};

} // namespace kiosk
