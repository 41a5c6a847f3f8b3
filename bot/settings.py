"""Settings read from the environment, in one place, with defaults that work locally."""
import os
from dataclasses import dataclass
from pathlib import Path

from bot import PROJECT_ROOT


@dataclass(frozen=True)
class Settings:
    knowledge_path: Path
    clinic_name: str        # "" means we say "your doctor"
    clinic_phone: str
    clinic_hours: str
    emergency_number: str   # default wording when unset: "your local emergency number"
    rasa_host: str
    rasa_port: int
    rasa_api_token: str
    action_port: int
    cors_origins: tuple

    @property
    def doctor(self) -> str:
        """Who to call, in words used inside a sentence."""
        return self.clinic_name or "your doctor"

    @property
    def doctor_contact(self) -> str:
        """'your doctor', or 'Riverside Clinic at 555-0100 (Mon-Fri 8-5)'."""
        text = self.doctor
        if self.clinic_phone:
            text += f" at {self.clinic_phone}"
        if self.clinic_hours:
            text += f" ({self.clinic_hours})"
        return text


def load_settings(env=None) -> Settings:
    env = os.environ if env is None else env
    return Settings(
        knowledge_path=Path(env.get("KINERET_KNOWLEDGE", PROJECT_ROOT / "data/knowledge/kineret.yml")),
        clinic_name=env.get("CLINIC_NAME", "").strip(),
        clinic_phone=env.get("CLINIC_PHONE", "").strip(),
        clinic_hours=env.get("CLINIC_HOURS", "").strip(),
        emergency_number=env.get("EMERGENCY_NUMBER", "").strip() or "your local emergency number",
        rasa_host=env.get("RASA_HOST", "127.0.0.1"),
        rasa_port=int(env.get("RASA_PORT", "5005")),
        rasa_api_token=env.get("RASA_API_TOKEN", ""),
        action_port=int(env.get("ACTION_PORT", "5055")),
        cors_origins=tuple(
            o.strip()
            for o in env.get("CORS_ORIGINS", "http://localhost:*,http://127.0.0.1:*").split(",")
            if o.strip()
        ),
    )
