"""Draw both agenda packs with fpdf2 (run after build.py):  /opt/blindtools/bin/python build_packs.py"""
import pack_cabinet
pack_cabinet.make()
import pack_scrutiny   # reuses pack_cabinet's q() helper with its own list
pack_scrutiny.make()
