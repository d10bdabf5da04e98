#include "index/importance.hpp"

#include <algorithm>
#include <cmath>

namespace storymap {

float importance(const SourcePlace& p) {
  const std::string& f = p.feature;
  float base = 0.f;
  if (f.rfind("A.PCL", 0) == 0) base = 0.55f;
  else if (f == "L.CONT") base = 0.5f;
  else if (f == "P.PPLC") base = 0.35f;
  else if (f == "A.ADM1") base = 0.3f;
  else if (f == "P.PPLA") base = 0.15f;
  else if (f == "P.PPLA2") base = 0.07f;
  else if (f == "P.PPLA3" || f == "P.PPLA4") base = 0.03f;
  else if (f[0] != 'P') base = 0.2f;  // curated landmarks and regions
  // log10 of population: a village of 500 adds 0.13, a city of ten million 0.44.
  const float pop = p.population > 0 ? std::log10(float(p.population)) / 16.f : 0.f;
  const float v = base + pop + p.importance_boost / 255.f;
  return std::clamp(v, 0.f, 1.f);
}

}  // namespace storymap
