<?xml version="1.0" encoding="UTF-8"?>
<!-- House style for the Eastwick inspection report: a customisation layer over docbook-xsl fo. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:l="http://docbook.sourceforge.net/xmlns/l10n/1.0">
  <xsl:import href="/usr/share/xml/docbook/stylesheet/docbook-xsl/fo/docbook.xsl"/>

  <xsl:param name="paper.type">A4</xsl:param>
  <xsl:param name="double.sided">0</xsl:param>
  <xsl:param name="body.font.family">sans-serif</xsl:param>
  <xsl:param name="title.font.family">sans-serif</xsl:param>
  <xsl:param name="body.font.master">12</xsl:param>
  <xsl:param name="line-height">1.4</xsl:param>
  <xsl:param name="body.start.indent">0pt</xsl:param>
  <xsl:param name="hyphenate">false</xsl:param>
  <xsl:param name="alignment">left</xsl:param>
  <xsl:param name="page.margin.inner">25mm</xsl:param>
  <xsl:param name="page.margin.outer">25mm</xsl:param>
  <xsl:param name="page.margin.top">12mm</xsl:param>
  <xsl:param name="page.margin.bottom">12mm</xsl:param>
  <xsl:param name="region.before.extent">10mm</xsl:param>
  <xsl:param name="region.after.extent">10mm</xsl:param>
  <xsl:param name="body.margin.top">16mm</xsl:param>
  <xsl:param name="body.margin.bottom">16mm</xsl:param>
  <xsl:param name="chapter.autolabel">1</xsl:param>
  <xsl:param name="appendix.autolabel">A</xsl:param>
  <xsl:param name="section.autolabel">1</xsl:param>
  <xsl:param name="section.label.includes.component.label">1</xsl:param>
  <xsl:param name="toc.section.depth">1</xsl:param>
  <xsl:param name="generate.toc">book toc,title,table</xsl:param>
  <xsl:param name="header.rule">1</xsl:param>
  <xsl:param name="footer.rule">0</xsl:param>
  <xsl:param name="table.frame.border.thickness">0.5pt</xsl:param>
  <xsl:param name="table.cell.border.thickness">0.5pt</xsl:param>
  <xsl:param name="footnote.font.size">8.5pt</xsl:param>
  <xsl:param name="formal.title.placement">table before</xsl:param>
  <xsl:param name="glossary.as.blocks">1</xsl:param>

  <!-- "1 Executive summary" rather than "Chapter 1. Executive summary" -->
  <xsl:param name="local.l10n.xml" select="document('')"/>
  <l:i18n>
    <l:l10n language="en">
      <l:context name="title-numbered">
        <l:template name="chapter" text="%n %t"/>
        <l:template name="appendix" text="Appendix %n %t"/>
        <l:template name="section" text="%n %t"/>
      </l:context>
    </l:l10n>
  </l:i18n>

  <xsl:attribute-set name="normal.para.spacing">
    <xsl:attribute name="space-before.optimum">0.8em</xsl:attribute>
    <xsl:attribute name="space-before.minimum">0.6em</xsl:attribute>
    <xsl:attribute name="space-before.maximum">1em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="component.title.properties">
    <xsl:attribute name="color">#1d70b8</xsl:attribute>
    <xsl:attribute name="font-size">20pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="section.title.level1.properties">
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="color">#1d70b8</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table.properties">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="keep-together.within-column">auto</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="formal.object.properties">
    <xsl:attribute name="keep-together.within-column">auto</xsl:attribute>
  </xsl:attribute-set>

  <!-- tables numbered straight through the report: Table 1, Table 2 -->
  <xsl:template match="table" mode="label.markup">
    <xsl:number format="1" count="table" level="any"/>
  </xsl:template>

  <xsl:template match="phrase[@role='paranum']">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="para[@role='tablenote']">
    <fo:block font-size="8.5pt" space-before="3pt" space-after="8pt"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- running header: the chapter (or front-matter) title in the centre -->
  <xsl:template name="header.content">
    <xsl:param name="pageclass" select="''"/>
    <xsl:param name="sequence" select="''"/>
    <xsl:param name="position" select="''"/>
    <fo:block font-size="8.5pt" color="#505a5f">
      <xsl:choose>
        <xsl:when test="$pageclass = 'titlepage'"/>
        <xsl:when test="$position = 'center' and ($pageclass = 'front' or $pageclass='lot')">
          <xsl:value-of select="/book/bookinfo/title"/>
        </xsl:when>
        <xsl:when test="$position = 'center'">
          <xsl:apply-templates select="." mode="object.title.markup"/>
        </xsl:when>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template name="footer.content">
    <xsl:param name="pageclass" select="''"/>
    <xsl:param name="sequence" select="''"/>
    <xsl:param name="position" select="''"/>
    <fo:block font-size="9pt">
      <xsl:if test="$position = 'center' and $pageclass != 'titlepage'">
        <fo:page-number/>
      </xsl:if>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
