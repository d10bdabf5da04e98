#include "index/importance.hpp"

#include <algorithm>
#include <cmath>

namespace storymap {

float importance_base(std::string_view f) {
  if (f.rfind("A.PCL", 0) == 0) return 0.55f;
  if (f == "L.CONT") return 0.5f;
  if (f == "P.PPLC") return 0.35f;
  if (f == "A.ADM1") return 0.3f;
  if (f == "P.PPLA") return 0.15f;
  if (f == "P.PPLA2") return 0.07f;
  if (f == "P.PPLA3" || f == "P.PPLA4") return 0.03f;
  if (f.empty() || f[0] != 'P') return 0.2f;  // curated landmarks and regions
  return 0.f;
}

float importance(const SourcePlace& p) {
  // log10 of population: a village of 500 adds 0.13, a city of ten million 0.44.
  const float pop = p.population > 0 ? std::log10(float(p.population)) / 16.f : 0.f;
  const float v = importance_base(p.feature) + pop + p.importance_boost / 255.f;
  return std::clamp(v, 0.f, 1.f);
}

}  // namespace storymap
