"""The flat XML (Word's single-file <pkg:package> format) is well-formed for a
standard parser (xml.etree) and holds exactly the parts of the .docx, one
paragraph and one run per line so that two versions compare with diff."""
import re
import sys

from docx_checks import Checks, compare_flat_with_docx, samples

c = Checks()
for stem, _ in samples(sys.argv[1]):
    raw = compare_flat_with_docx(c, stem, f"{sys.argv[1]}/{stem}.xml", f"{sys.argv[1]}/{stem}.docx")
    paragraphs = len(re.findall(r"<w:p[ >]", raw))
    c.check(paragraphs == len(re.findall(r"^\s*<w:p[ >]", raw, re.M)), f"{stem}: un paragraphe par ligne")
    runs = len(re.findall(r"<w:r>", raw))
    c.check(runs == len(re.findall(r"^\s*<w:r>", raw, re.M)), f"{stem}: une ligne par run")
c.finish()
