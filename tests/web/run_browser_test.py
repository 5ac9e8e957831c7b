"""The pages of `siofill serve` in a real browser (Debian's chromium, headless,
driven by chromedriver through python3-selenium): a student goes from seed
004's notes to a ready dossier through the form alone, downloads the grid PDF
(read back with pdftotext), reloads and finds the work; the secretariat sends
the class and downloads the batch zip. Screenshots of both pages are kept in
the output folder for people to look at.

Usage: run_browser_test.py SIOFILL SOURCE_DIR OUTPUT_DIR"""
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from cases import case, expect, finish  # noqa: E402
from server import Server, env_with  # noqa: E402

SIOFILL, SOURCE, OUT = (os.path.abspath(a) for a in sys.argv[1:4])
NOTES = os.path.join(SOURCE, "tests", "data", "notes-seed-004.txt")
CLASS = os.path.join(SOURCE, "samples", "classe")
os.makedirs(OUT, exist_ok=True)
work = tempfile.mkdtemp(prefix="siofill-browser-")
downloads = os.path.join(work, "telechargements")
os.mkdir(downloads)
server_tmp = os.path.join(work, "tmp")
os.mkdir(server_tmp)
srv = Server(SIOFILL, env=env_with(TMPDIR=server_tmp, SOURCE_DATE_EPOCH="1767225600"))

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,1100",
            "--lang=fr-FR", f"--user-data-dir={os.path.join(work, 'profil')}"):
    options.add_argument(arg)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
wait = WebDriverWait(driver, 60)


def q(css, root=None):
    return (root or driver).find_element(By.CSS_SELECTOR, css)


def qs(css, root=None):
    return (root or driver).find_elements(By.CSS_SELECTOR, css)


def type_into(element, text):
    element.clear()
    element.send_keys(text)


def set_date(element, iso):
    # Typing into a date field depends on the browser's locale; the value and
    # the input event the page listens to do not.
    driver.execute_script("arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, iso)


def status():
    return q("#statut").get_attribute("data-status")


def messages():
    return [li.text for li in qs("#messages li")]


def wait_status(wanted):
    try:
        wait.until(lambda d: status() == wanted)
    except Exception:
        raise AssertionError(f"status {status()!r}, wanted {wanted!r}; messages: {messages()}")


def realisation(i):
    return q(f'.realisation[data-index="{i}"]')


def field(i, name):
    return q(f'[data-field="{name}"]', realisation(i))


def wait_download(suffix, before):
    deadline = time.time() + 60
    while time.time() < deadline:
        done = [f for f in os.listdir(downloads) if f.endswith(suffix) and f not in before]
        if done and not any(f.endswith(".crdownload") for f in os.listdir(downloads)):
            return os.path.join(downloads, done[0])
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} downloaded: {os.listdir(downloads)}")


def console_errors():
    # 4xx replies of the API are the page's normal answers (an incomplete dossier); the rest is not.
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]
            and not ("/api/" in e["message"] and " 422 " in e["message"])]


@case("student: the blank page loads with no console error (no CSP violation)")
def _():
    driver.get(srv.url)
    wait.until(lambda d: status() not in ("", None))
    expect(status() == "error", f"blank dossier: {status()}")
    expect(len(qs("#telechargements button")) >= 20, "download buttons")
    errors = console_errors()
    expect(not errors, errors)


@case("student: seed 004's notes uploaded and imported fill the form")
def _():
    upload = q("#notes-fichier")
    driver.execute_script("arguments[0].hidden = false;", upload)
    upload.send_keys(NOTES)
    wait.until(lambda d: "groupeCFR" in q("#notes").get_property("value"))
    q("#importer").click()
    wait.until(lambda d: len(qs(".realisation")) == 3)
    expect(field(0, "organisation").get_property("value") == "groupeCFR", "R1 organisation")
    # 45 activity lines; those done for two organisations are in both réalisations.
    expect(len(qs(".activite")) == 53, f"{len(qs('.activite'))} activities")
    expect("B1.1.4" in q("#lacunes").text, q("#lacunes").text)
    wait_status("blocked")


@case("student: a click on a message goes to the field at fault")
def _():
    target = next(li for li in qs("#messages li") if li.get_attribute("data-code") == "cadre-absent")
    pointer = target.get_attribute("data-pointer")
    target.click()
    focused = driver.switch_to.active_element
    expect(focused.get_attribute("data-pointer") == pointer + "/cadre", f"{pointer}: focus on {focused.get_attribute('data-pointer')}")


@case("student: the missing fields filled through the form turn the status ready")
def _():
    candidat = {"nom": "MARTIN", "prenom": "Léa", "numero": "02512345678", "centre": "Lycée Exemple, Nantes",
                "portfolio": "https://lea-martin.example/portfolio"}
    for name, value in candidat.items():
        type_into(q(f'#candidat [data-pointer="/candidat/{name}"]'), value)
    plan = [("R1", "Refonte du site de groupeCFR", "stage-1", "2025-05-19", "2025-06-27", "equipe", None),
            ("R2", "Outils d’API chez Yiriah", "stage-2", "2026-01-05", "2026-02-13", "seul", None),
            ("R3", "Travaux en formation", "formation", "2025-09-01", "2025-12-19", "seul", "Lycée Exemple")]
    for i, (rid, title, cadre, debut, fin, modalite, organisation) in enumerate(plan):
        type_into(field(i, "id"), rid)
        type_into(field(i, "intitule"), title)
        Select(field(i, "cadre")).select_by_value(cadre)
        set_date(field(i, "debut"), debut)
        set_date(field(i, "fin"), fin)
        Select(field(i, "modalite")).select_by_value(modalite)
        if organisation:
            type_into(field(i, "organisation"), organisation)
    type_into(field(0, "contribution"), "Reconstruction du site et de sa base SQL, mise en ligne")
    # The compétence marked « à définir » gets an activity, then leaves the list.
    q('[data-action="ajouter-activite"]', realisation(2)).click()
    last = qs(".activite", realisation(2))[-1]
    Select(q('[data-field="competence"]', last)).select_by_value("B1.1.4")
    type_into(q('[data-field="description"]', last), "Plan de continuité du service de messagerie")
    wait.until(lambda d: len(qs(".indicateurs summary", qs(".activite", realisation(2))[-1])) > 0)
    q(".indicateurs summary", qs(".activite", realisation(2))[-1]).click()
    qs(".indicateurs input", qs(".activite", realisation(2))[-1])[0].click()
    q('#lacunes [data-action="retirer-lacune"]').click()
    wait_status("ready")
    expect("couverte" in q("#couverture li").get_attribute("class"), "coverage shown")
    driver.execute_script("window.scrollTo(0, 0); document.querySelector('#depart').open = false;")
    time.sleep(0.5)
    driver.save_screenshot(os.path.join(OUT, "serve-etudiant.png"))


@case("student: the grid PDF downloaded holds the work (pdftotext)")
def _():
    before = set(os.listdir(downloads))
    q('#telechargements button[data-form="grille-b1"][data-format="pdf"]').click()
    pdf = wait_download(".pdf", before)
    expect(os.path.basename(pdf) == "02512345678_MARTIN_Léa_grille-b1.pdf", os.path.basename(pdf))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    # What was typed in the form (name, centre) and what it ticks (the team capacity: R1's contribution).
    expect("MARTIN Léa" in text and "Lycée Exemple, Nantes" in text and text.count("[X]") >= 3, text[:800])


@case("student: after a reload the work is still there, and still ready")
def _():
    driver.refresh()
    wait.until(lambda d: len(qs(".realisation")) == 3)
    expect(q('#candidat [data-pointer="/candidat/nom"]').get_property("value") == "MARTIN", "nom lost")
    expect(field(2, "organisation").get_property("value") == "Lycée Exemple", "R3 lost")
    expect(len(qs(".activite")) == 54, f"{len(qs('.activite'))} activities")
    wait_status("ready")
    stored = json.loads(driver.execute_script("return localStorage.getItem('siofill.dossier.v1')"))
    expect(stored["candidat"]["prenom"] == "Léa" and "lacunes" not in stored, stored["candidat"])


@case("student: the evidence exported as JSON reads back with `siofill check`: ready")
def _():
    before = set(os.listdir(downloads))
    q("#exporter").click()
    path = wait_download(".json", before)
    r = subprocess.run([SIOFILL, "check", "--json", path], capture_output=True, text=True)
    expect(r.returncode == 0 and json.loads(r.stdout)["students"][0]["status"] == "ready", r.stdout[:500] + r.stderr)


@case("secretariat: the class zip sent gives the statuses, then the batch zip")
def _():
    archive = os.path.join(work, "classe.zip")
    with zipfile.ZipFile(archive, "w") as z:
        for name in sorted(os.listdir(CLASS)):
            if name.endswith(".json") or name == "roster.csv":
                z.write(os.path.join(CLASS, name), name)
    driver.get(srv.url + "secretariat")
    upload = q("#archive")
    driver.execute_script("arguments[0].hidden = false;", upload)
    upload.send_keys(archive)
    driver.execute_script("arguments[0].hidden = true;", upload)
    wait.until(lambda d: q("#lancer").is_enabled())
    q("#lancer").click()
    wait.until(lambda d: len(qs("#lignes tr")) == 35 or q("#erreur").is_displayed())
    expect(not q("#erreur").is_displayed(), q("#erreur").text)
    statuses = {td.text for td in qs("#lignes td:nth-child(4)")}
    expect(statuses <= {"prêt", "prêt avec avertissements", "bloqué", "invalide"} and statuses, statuses)
    driver.save_screenshot(os.path.join(OUT, "serve-secretariat.png"))
    before = set(os.listdir(downloads))
    q("#telecharger").click()
    path = wait_download(".zip", before)
    with zipfile.ZipFile(path) as z:
        report = json.loads(z.read("rapport.json"))
    expect(len(report["students"]) == 35, len(report["students"]))


@case("secretariat: a roster and its files chosen together are packed and sent")
def _():
    driver.get(srv.url + "secretariat")
    upload = q("#fichiers")
    driver.execute_script("arguments[0].hidden = false;", upload)
    files = [os.path.join(CLASS, n) for n in ("roster.csv", "etudiant-001.json", "etudiant-002.json")]
    upload.send_keys("\n".join(files))
    wait.until(lambda d: q("#lancer").is_enabled())
    q("#lancer").click()
    wait.until(lambda d: len(qs("#lignes tr")) > 0 or q("#erreur").is_displayed())
    expect(q("#erreur").is_displayed() is False, q("#erreur").text)
    # The roster names 35 students: the 33 absent files are reported as errors, with their reason.
    rows = qs("#lignes tr")
    expect(len(rows) == 35, len(rows))
    expect(sum("invalide" in r.text for r in rows) == 33, [r.text for r in rows][:3])


@case("no console error on the way; nothing left in the server's TMPDIR")
def _():
    errors = console_errors()
    expect(not errors, errors)
    expect(os.listdir(server_tmp) == [], os.listdir(server_tmp))


driver.quit()
srv.stop()
shutil.rmtree(work, ignore_errors=True)
finish()
