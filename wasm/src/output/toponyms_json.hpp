// The toponyms of one text as geoparse writes them (README, contract 1): a JSON array of
// {"start","end","text","name","lat","lon","country","type","geonameid"?}.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "resolver/resolver.hpp"

namespace storymap {

void append_toponyms_json(std::string& out, std::string_view text, const std::vector<ResolvedName>& names,
                          const Gazetteer& g);

}  // namespace storymap
