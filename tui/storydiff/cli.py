"""The command line: parse arguments, load articles, then call the core or start the reader.

The CLI holds no analysis of its own. It turns every :class:`StorydiffError`
(and argparse's complaints) into one line, ``storydiff: error: ...``, and exit
status 2. Textual is imported only when the reader is opened, so the
non-interactive commands start fast.

Every command takes files, folders, ``http(s)://`` addresses and ``-`` (one article on standard
input); ``--from-list FILE`` adds the sources a file names, one a line. While addresses load,
one progress line per page goes to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from storydiff import __version__
from storydiff.core.model import Article
from storydiff.errors import InputError, StorydiffError, UsageError

PROG = "storydiff"
SUBCOMMANDS = ("compare", "figures", "clean", "overview")
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and a :class:`UsageError`, not usage dumps."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


TIMINGS_HELP = ("add the seconds the analysis took to the stats (without it, the same input "
                "always gives byte-identical output)")
SOURCE_HELP = ("article files (.txt, .md, .html, .htm), folders of them, web addresses "
               "(http/https), or - for standard input")


def _places_epilog() -> str:
    """Where settings and downloaded pages live: named in --help, computed without imports."""
    from storydiff.config import CONFIG_ENV, config_path
    from storydiff.sources.fetch import CACHE_ENV, cache_dir

    return (f"Settings are read from {config_path()} (set {CONFIG_ENV} to use another file). "
            f"Downloaded pages are cached in {cache_dir()} (set {CACHE_ENV} to move it), so "
            "reopening a URL works offline; --refresh downloads again.")


def _add_source_options(parser: argparse.ArgumentParser, *, lists: bool = True) -> None:
    if lists:
        parser.add_argument("--from-list", metavar="FILE", action="append", default=[],
                            help="also read the paths or URLs in FILE, one a line ('#' comments)")
    parser.add_argument("--refresh", action="store_true",
                        help="download web pages again instead of using the cached copies")


def _reader_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="A terminal reader for comparing news articles that cover the same story.",
        epilog="commands: 'storydiff compare LEFT RIGHT', 'storydiff figures PATH...', "
        "'storydiff clean PATH', 'storydiff overview PATH...' (each has --help). "
        "With no PATH, opens the bundled seed articles. " + _places_epilog(),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=SOURCE_HELP)
    _add_source_options(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _command_parser(command: str) -> _Parser:
    parser = _Parser(prog=f"{PROG} {command}", epilog=_places_epilog())
    if command == "compare":
        parser.description = "Compare two articles without the reader."
        parser.add_argument("left", metavar="LEFT", help="the left article: a file, URL or -")
        parser.add_argument("right", metavar="RIGHT", help="the right article: a file, URL or -")
        _add_source_options(parser, lists=False)
        parser.add_argument("--format", choices=("json", "md", "html", "text"), default="text",
                            help="output format (default: text)")
        parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
        parser.add_argument("--timings", action="store_true", help=TIMINGS_HELP)
    elif command == "figures":
        parser.description = "List the figures (money, percentages, counts, dates...) of articles."
        parser.add_argument("paths", nargs="*", metavar="PATH", help=SOURCE_HELP)
        _add_source_options(parser)
        parser.add_argument("--format", choices=("json", "text"), default="text")
    elif command == "overview":
        parser.description = ("The whole story across many articles: figures they disagree on, "
                              "claims only one makes, shared wording, quotes and sources.")
        parser.add_argument("paths", nargs="*", metavar="PATH", help=SOURCE_HELP)
        _add_source_options(parser)
        parser.add_argument("--format", choices=("json", "md", "html", "text"), default="text",
                            help="output format (default: text)")
        parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
        parser.add_argument("--timings", action="store_true", help=TIMINGS_HELP)
    else:
        parser.description = "Show an article as storydiff reads it: title, body and dropped lines."
        parser.add_argument("path", metavar="PATH", help="an article file, a URL, or -")
        _add_source_options(parser, lists=False)
        parser.add_argument("--format", choices=("json", "text"), default="text")
    return parser


def _progress(line: str) -> None:
    """One line per page on stderr while web pages load (stdout stays the report)."""
    print(f"{PROG}: {line}", file=sys.stderr, flush=True)


def _load_file(path: str, args: argparse.Namespace) -> Article:
    """Load one article (file, URL or -); a folder here is a usage mistake, said plainly."""
    from storydiff.sources.fetch import is_url
    from storydiff.sources.load import load_source

    if not is_url(path) and Path(path).is_dir():
        raise InputError(f"{path} is a directory; this command needs an article file")
    return load_source(path, refresh=args.refresh, progress=_progress)


def _sources(args: argparse.Namespace, *, required: bool = True) -> list[str]:
    """The PATH arguments followed by the sources of every --from-list file."""
    from storydiff.sources.load import read_list

    sources = list(args.paths)
    for listing in args.from_list:
        sources += read_list(listing)
    if required and not sources:
        raise UsageError("give at least one PATH or URL, or --from-list FILE")
    return sources


def _load_all(args: argparse.Namespace, *, required: bool = True) -> list[Article]:
    from storydiff.sources.load import load_paths

    return load_paths(_sources(args, required=required), refresh=args.refresh,
                      progress=_progress)


def _emit(text: str, output: str | None) -> None:
    """Write ``text`` to ``output`` or stdout; say where it went when it is a file."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from None
    print(f"storydiff: wrote {output}", file=sys.stderr)


def _run_compare(args: argparse.Namespace) -> int:
    from storydiff.core.compare import compare
    from storydiff.export import export

    if args.left == args.right == "-":
        raise UsageError("only one side can be '-' (standard input)")
    comparison = compare(_load_file(args.left, args), _load_file(args.right, args),
                         timings=args.timings)
    if args.format == "text" and args.output is None and sys.stdout.isatty():
        from storydiff.console import print_comparison

        print_comparison(comparison)
        return 0
    _emit(export(comparison, args.format), args.output)
    return 0


def _run_figures(args: argparse.Namespace) -> int:
    from storydiff.core.figures import article_figures
    from storydiff.export.article_text import figures_report
    from storydiff.export.json_format import dump, figures_document

    found = [(a, article_figures(a)) for a in _load_all(args)]
    _emit(dump(figures_document(found)) if args.format == "json" else figures_report(found), None)
    return 0


def _run_clean(args: argparse.Namespace) -> int:
    from storydiff.export.article_text import clean_report
    from storydiff.export.json_format import article_to_dict, dump

    article = _load_file(args.path, args)
    _emit(dump(article_to_dict(article)) if args.format == "json" else clean_report(article), None)
    return 0


def _run_overview(args: argparse.Namespace) -> int:
    from storydiff.core.overview import build_overview
    from storydiff.core.overview.order import by_publication
    from storydiff.export.overview_formats import export_overview

    articles = by_publication(_load_all(args))
    if len(articles) < 2:
        raise UsageError(f"an overview needs at least two articles (found {len(articles)})")
    _emit(export_overview(build_overview(articles, timings=args.timings), args.format),
          args.output)
    return 0


def reader_articles(args: argparse.Namespace) -> list[Article]:
    """The articles the reader opens: the sources given, else the bundled seeds.

    The seeds are named by their file name: their real path is inside the installation (a
    virtual environment's site-packages), which the user never typed and which an export
    written from the reader must not record. Sources the user gave keep the path or address
    as given."""
    from storydiff.sources.load import bundled_seeds_dir, load_paths

    sources = _sources(args, required=False)
    if not sources:
        seeds = load_paths([bundled_seeds_dir()])
        return [replace(a, path=Path(a.path).name) for a in seeds]
    if sum(s == "-" for s in sources):
        raise UsageError("the reader uses the terminal, so it cannot read an article from "
                         "standard input ('-'); save it to a file first")
    return load_paths(sources, refresh=args.refresh, progress=_progress)


def _run_reader(args: argparse.Namespace) -> int:
    from storydiff.config import load_config

    config = load_config()
    articles = reader_articles(args)
    if len(articles) < 2:
        raise UsageError("the reader needs at least two articles to compare "
                         f"(found {len(articles)})")
    from storydiff.core.overview.order import by_publication
    from storydiff.ui.app import StorydiffApp
    from storydiff.ui.settings import check_for_reader

    check_for_reader(config)
    articles = by_publication(articles)  # a no-op unless pages declared dates
    from storydiff.export import export

    StorydiffApp(articles, config=config, exporter=export).run()
    return 0


def run(argv: Sequence[str]) -> int:
    """Dispatch ``argv`` (without the program name); raises StorydiffError on bad input."""
    if argv and argv[0] in SUBCOMMANDS:
        args = _command_parser(argv[0]).parse_args(argv[1:])
        runner = {"compare": _run_compare, "figures": _run_figures, "clean": _run_clean,
                  "overview": _run_overview}[argv[0]]
        return runner(args)
    return _run_reader(_reader_parser().parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point: one line and exit 2 for any user error, never a traceback."""
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except StorydiffError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        # A last line of defence: the loader turns known file problems into InputError.
        print(f"{PROG}: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - never show a user a traceback
        if os.environ.get("STORYDIFF_DEBUG"):
            raise
        print(f"{PROG}: error: internal error ({type(error).__name__}: {error}); "
              "rerun with STORYDIFF_DEBUG=1 for details", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
