"""lxml as python-docx uses it: ``lxml.etree`` only.

pyinstaller-hooks-contrib's hook names every lxml module as a hidden import
(html, objectify, isoschematron, sax, ...); samsyn.spec lists this folder in
``hookspath``, which takes precedence, and bundle_rules excludes the rest.
"""

hiddenimports = ["lxml.etree", "lxml._elementpath"]
