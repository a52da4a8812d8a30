"""The HTTP API and web UI (pip install 'warta[web]'): a thin edge over `warta.api`."""

# No `from __future__ import annotations` here: FastAPI reads the request model from the
# handler's real annotations, and the model is defined inside `create_app`.
from importlib import resources
from pathlib import Path
from typing import Any

from warta import api
from warta.errors import ConfigError, StoreError, WartaError, require


def create_app(db: str | Path) -> Any:
    """A FastAPI app serving the knowledge base at `db` (JSON under /api, the UI at /)."""
    require("fastapi", "web")
    from fastapi import FastAPI, HTTPException, Query, Request
    from fastapi.responses import HTMLResponse, JSONResponse, Response
    from pydantic import BaseModel, Field

    db_path = Path(db)
    app = FastAPI(
        title="warta",
        version=api.version(),
        description="Indonesian news knowledge base: search, documents, entities, quotes.",
    )

    class AnalyzeRequest(BaseModel):
        text: str = Field(min_length=1, max_length=2_000_000)
        title: str | None = None
        url: str | None = None
        published: str | None = None
        steps: str | None = None

    @app.exception_handler(WartaError)
    def warta_error(request: Request, exc: WartaError) -> JSONResponse:
        # One translation of the library's errors for every endpoint, as the CLI has.
        status = (
            400 if isinstance(exc, ConfigError) else 503 if isinstance(exc, StoreError) else 500
        )
        return JSONResponse(status_code=status, content={"detail": str(exc)})

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "db": str(db_path), "exists": db_path.exists()}

    @app.get("/api/stats")
    def stats() -> dict[str, Any]:
        return api.stats(db_path)

    @app.get("/api/search")
    def search(
        q: str = Query(min_length=1, max_length=500),
        limit: int = Query(default=20, ge=1, le=200),
    ) -> list[dict[str, Any]]:
        return api.search(db_path, q, limit=limit)

    @app.get("/api/documents")
    def documents(
        limit: int = Query(default=20, ge=1, le=200),
        offset: int = Query(default=0, ge=0),
        status: str | None = Query(default=None, pattern="^(kept|dropped|error)$"),
    ) -> list[dict[str, Any]]:
        return api.list_documents(db_path, limit=limit, offset=offset, status=status)

    @app.get("/api/documents/{doc_id:path}")
    def document(doc_id: str) -> dict[str, Any]:
        record = api.show(db_path, doc_id)
        if record is None:
            raise HTTPException(status_code=404, detail=f"no document {doc_id!r}")
        record.pop("raw", None)
        return record

    @app.get("/api/entities")
    def entities(
        type: str | None = Query(default=None, pattern="^(PER|ORG|LOC)$"),
        limit: int = Query(default=50, ge=1, le=500),
    ) -> list[dict[str, Any]]:
        return api.entities(db_path, type=type, limit=limit)

    @app.get("/api/entities/{name}")
    def entity(name: str) -> dict[str, Any]:
        found = api.entity(db_path, name)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no entity {name!r}")
        return found

    @app.get("/api/quotes")
    def quotes(
        speaker: str | None = Query(default=None, max_length=200),
        limit: int = Query(default=100, ge=1, le=1000),
    ) -> list[dict[str, Any]]:
        return api.quotes(db_path, speaker=speaker, limit=limit)

    @app.get("/api/groups")
    def groups() -> list[dict[str, Any]]:
        return api.groups(db_path)

    @app.get("/api/stories")
    def stories(min_size: int = Query(default=2, ge=1)) -> list[dict[str, Any]]:
        return api.stories(db_path, min_size=min_size)

    @app.post("/api/analyze")
    def analyze(request: AnalyzeRequest) -> dict[str, Any]:
        options = api.make_options(steps=request.steps)
        return api.analyze_text(
            request.text,
            options=options,
            title=request.title,
            url=request.url,
            published=request.published,
        )

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        return _static("index.html")

    @app.get("/app.js")
    def script() -> Response:
        return Response(_static("app.js"), media_type="text/javascript")

    @app.get("/style.css")
    def style() -> Response:
        return Response(_static("style.css"), media_type="text/css")

    return app


def _static(name: str) -> str:
    return resources.files("warta.web").joinpath("static", name).read_text(encoding="utf-8")


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and UI with uvicorn until interrupted."""
    require("uvicorn", "web")
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
