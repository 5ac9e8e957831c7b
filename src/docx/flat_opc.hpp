#pragma once
// The package as one Word XML file ("flat OPC"): <pkg:package> with one
// <pkg:part> per part, its XML inline in <pkg:xmlData>. Indented, one element
// per line, so two versions compare with diff.
#include <functional>
#include <string>
#include <string_view>

#include "docx/package.hpp"

namespace siofill::docx {

// Moves the parts' roots into a <pkg:package> tree (the package is spent
// afterwards), prints it and hands the text to `use` (no copy of it is made).
void print_flat_opc(Package& package, const std::function<void(std::string_view)>& use);

// The same text as a string.
std::string flat_opc_xml(Package& package);

}  // namespace siofill::docx
