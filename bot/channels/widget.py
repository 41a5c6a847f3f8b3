"""Serves the web chat widget and a demo clinic page from the running Rasa server.

Listed in credentials.yml next to `rest:`, so `make run` needs no separate web server:
    GET /widget/widget.js   the embeddable script (web/widget.js)
    GET /widget/demo        a demo clinic page that embeds it with one <script> tag
Messages themselves go through Rasa's stateless REST channel (/webhooks/rest/webhook).
"""
import html

from rasa.core.channels.channel import InputChannel
from sanic import Blueprint, response

from bot import PROJECT_ROOT
from bot.settings import load_settings

WEB = PROJECT_ROOT / "web"


class WidgetFiles(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "widget"

    def url_prefix(self) -> str:
        return "/widget"          # absolute: served at /widget/..., not under /webhooks/

    def blueprint(self, on_new_message):
        bp = Blueprint("kineret_widget", __name__)
        name = load_settings().clinic_name or "Riverside Rheumatology (demo)"
        demo = (WEB / "demo.html").read_text(encoding="utf-8").replace(
            "{{clinic_name}}", html.escape(name, quote=True))

        @bp.route("/widget.js", methods=["GET"])
        async def widget_script(request):
            return await response.file(WEB / "widget.js", mime_type="application/javascript; charset=utf-8",
                                       headers={"Cache-Control": "no-cache"})

        @bp.route("/demo", methods=["GET"])
        async def demo_page(request):
            return response.html(demo)

        return bp
