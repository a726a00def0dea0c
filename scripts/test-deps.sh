#!/usr/bin/env bash
# Installs the Debian programs the test suite opens documents with, when they are missing:
#   chromium                  the HTML report and rendered HTML (tests/report/browser.test.ts)
#   libreoffice-writer-nogui  DOCX renders and redlines, converted to PDF (soffice --headless)
#   libreoffice-calc-nogui    XLSX questionnaires and exports, converted to CSV/XLSX
#   poppler-utils             pdfinfo/pdftotext: page count and text of those PDFs (tests/reports/render)
# Runs as `pretest`, so `npm test` on a fresh machine brings what it needs. As root it installs;
# with password-less sudo it uses sudo; otherwise it says in one line what to install and fails.
set -u
need=()
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for pkg in chromium libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils; do
  installed "$pkg" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"
else
  echo "plan tests need Debian packages that are missing: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "installing Debian packages for the tests: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
  echo "installing ${need[*]} failed; install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
