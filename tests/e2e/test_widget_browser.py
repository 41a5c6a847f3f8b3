"""The web widget in a real headless Chromium, against the real running servers."""
import shutil
import urllib.request

import pytest

from bot import PROJECT_ROOT

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.e2e, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = PROJECT_ROOT / "artifacts/screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
        "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page_at(browser, assistant_server):
    contexts = []

    def open_page(width=1280, height=800):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.goto(assistant_server.base + "/widget/demo")
        return page
    yield open_page
    for context in contexts:
        context.close()


def ask(page, text):
    """Type a message and wait for the bot's reply to this turn."""
    before = page.locator(".msg.bot").count()
    page.locator("#kw-input").fill(text)
    page.locator("#kw-input").press("Enter")
    playwright.expect(page.locator(".msg.bot")).not_to_have_count(before, timeout=30000)
    playwright.expect(page.locator(".typing")).to_have_text("", timeout=30000)


def screenshot(page, name):
    """Saved as a test artifact (artifacts/screenshots/); one is shown in the README."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def open_widget(page):
    page.get_by_role("button", name="Ask about Kineret").click()
    playwright.expect(page.locator("#kw-input")).to_be_focused()


def test_question_gets_a_cited_answer(page_at):
    page = page_at()
    open_widget(page)
    ask(page, "how do I store kineret?")
    answer = page.locator(".msg.bot").filter(has_text="fridge")
    playwright.expect(answer).to_have_count(1)
    playwright.expect(answer.locator(".cite")).to_contain_text("Source: AHFS drug monograph — Storage")
    assert "Source:" not in answer.evaluate("n => n.firstChild.textContent")   # footnote, not body
    screenshot(page, "widget-desktop")


def test_emergency_shows_the_red_card_first(page_at):
    page = page_at()
    open_widget(page)
    ask(page, "my son's face is swelling after his injection")
    card = page.locator(".card.emergency")
    playwright.expect(card).to_be_visible()
    playwright.expect(card.locator(".number")).to_have_text("Call your local emergency number now.")
    order = page.locator(".log > *").evaluate_all("ns => ns.map(n => n.className)")
    assert order.index("card emergency") < order.index("msg bot", order.index("card emergency") - 1)
    playwright.expect(card).to_be_in_viewport()                # scrolled to, not past
    screenshot(page, "widget-emergency")


def test_doctor_turn_shows_the_amber_card(page_at):
    page = page_at()
    open_widget(page)
    ask(page, "I have a fever")
    card = page.locator(".card.doctor")
    playwright.expect(card).to_be_visible()
    playwright.expect(card.locator("h3")).to_have_text("Call your doctor")


def test_reload_continues_the_same_conversation(page_at, assistant_server):
    page = page_at()
    open_widget(page)
    ask(page, "can i get the flu shot")
    sender = page.evaluate("() => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage)[0])).sender")
    page.reload()
    playwright.expect(page.locator(".msg.user")).to_have_text(["can i get the flu shot"])
    playwright.expect(page.locator("#kw-input")).to_be_visible()           # still open
    ask(page, "thanks")
    events = assistant_server.request("GET", f"/conversations/{sender}/tracker")[1]["events"]
    assert [e["text"] for e in events if e["event"] == "user"] == ["can i get the flu shot", "thanks"]


def test_html_in_messages_is_shown_as_text_and_never_runs(page_at):
    page = page_at()
    open_widget(page)
    for evil in ["<script>window.__pwned = 1</script>", '<img src=x onerror="window.__pwned = 2">']:
        ask(page, evil)
        playwright.expect(page.locator(".msg.user").last).to_have_text(evil)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#kineret-assistant-widget img, #kineret-assistant-widget script").count() == 0


def test_works_at_phone_width(page_at):
    page = page_at(375, 740)
    open_widget(page)
    ask(page, "where do i inject")
    box = page.locator(".panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    screenshot(page, "widget-phone")


def test_keyboard_only(page_at):
    page = page_at()
    for _ in range(10):                                       # Tab from the top of the page
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "kineret-assistant-widget":
            break
    playwright.expect(page.get_by_role("button", name="Ask about Kineret")).to_be_focused()
    page.keyboard.press("Enter")
    playwright.expect(page.locator("#kw-input")).to_be_focused()
    page.keyboard.type("how long does kineret take to work")
    page.keyboard.press("Enter")
    playwright.expect(page.locator(".msg.bot").filter(has_text="weeks")).to_have_count(1, timeout=30000)
    page.keyboard.press("Escape")
    playwright.expect(page.locator(".panel")).to_be_hidden()
    playwright.expect(page.get_by_role("button", name="Ask about Kineret")).to_be_focused()


def test_accessible_structure(page_at):
    page = page_at()
    open_widget(page)
    assert page.locator(".log").get_attribute("role") == "log"
    assert page.locator(".log").get_attribute("aria-live") == "polite"
    playwright.expect(page.get_by_label("Your question about Kineret")).to_be_visible()
    playwright.expect(page.get_by_role("button", name="Close chat")).to_be_visible()
    assert page.get_by_role("button", name="Close Kineret chat").get_attribute("aria-expanded") == "true"


def test_page_styles_do_not_reach_the_widget(page_at):
    page = page_at()
    colour = page.evaluate("""() => getComputedStyle(document.querySelector('#kineret-assistant-widget')
        .shadowRoot.querySelector('.launcher')).backgroundColor""")
    assert colour == "rgb(11, 92, 173)"                       # the widget colour, not the page's hotpink
    page_button = page.evaluate("() => getComputedStyle(document.querySelector('#page-button')).backgroundColor")
    assert page_button == "rgb(255, 105, 180)"                # and the page keeps its own


def test_unreachable_server_shows_a_message_and_retry(page_at):
    page = page_at()
    open_widget(page)
    page.route("**/webhooks/rest/webhook", lambda route: route.abort())
    page.locator("#kw-input").fill("what is kineret")
    page.locator("#kw-input").press("Enter")
    alert = page.locator(".error")
    playwright.expect(alert).to_be_visible()
    playwright.expect(alert).to_contain_text("can't be reached")
    page.unroute("**/webhooks/rest/webhook")
    alert.get_by_role("button", name="Try again").click()
    playwright.expect(page.locator(".msg.bot").filter(has_text="biologic")).to_have_count(1, timeout=30000)
    playwright.expect(alert).to_be_hidden()


def test_cross_origin_requests_only_from_allowed_origins(assistant_server):
    def allow_origin(origin):
        req = urllib.request.Request(assistant_server.base + "/webhooks/rest/webhook", method="OPTIONS",
                                     headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.headers.get("Access-Control-Allow-Origin")
        except urllib.error.HTTPError as err:
            return err.headers.get("Access-Control-Allow-Origin")
    assert allow_origin("http://localhost:8080") == "http://localhost:8080"
    assert allow_origin("https://evil.example") is None
