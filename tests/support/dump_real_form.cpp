// Prints the text dump (document/form_dump.hpp) of a built-in form filled for
// a sample evidence file, as the writers receive it.
//   dump_real_form FORM_ID [SAMPLE]     SAMPLE: a file under samples/
//   dump_real_form --list               the built-in form ids, one a line
#include <exception>
#include <iostream>
#include <string>

#include "document/form_dump.hpp"
#include "real_forms.hpp"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage : dump_real_form FORMULAIRE [PREUVES]\n";
    return 2;
  }
  try {
    if (std::string(argv[1]) == "--list") {
      for (const std::string& id : siofill::test_support::real_form_ids()) std::cout << id << '\n';
      return 0;
    }
    const auto form =
        argc == 3 ? siofill::test_support::real_form(argv[1], argv[2]) : siofill::test_support::real_form(argv[1]);
    std::cout << siofill::doc::dump_form(form);
    return std::cout.flush() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
