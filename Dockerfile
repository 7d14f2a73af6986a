# The app image: ingest + dashboard. Neo4j runs in its own container (docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ingest ingest
COPY explorer explorer
COPY graphdb graphdb
RUN pip install --no-cache-dir .
COPY seeds seeds
RUN useradd --create-home app
USER app
EXPOSE 8050
CMD ["python", "-m", "explorer", "--host", "0.0.0.0", "--port", "8050"]
