<?xml version="1.0" encoding="UTF-8"?>
<!-- Letter layout over docbook-xsl fo: letterhead, addresses, "Page N of M" in the footer. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="/usr/share/xml/docbook/stylesheet/docbook-xsl/fo/docbook.xsl"/>
  <xsl:param name="paper.type">A4</xsl:param>
  <xsl:param name="double.sided">0</xsl:param>
  <xsl:param name="body.font.family">sans-serif</xsl:param>
  <xsl:param name="body.font.master">11</xsl:param>
  <xsl:param name="body.start.indent">0pt</xsl:param>
  <xsl:param name="hyphenate">false</xsl:param>
  <xsl:param name="alignment">left</xsl:param>
  <xsl:param name="generate.toc">article nop</xsl:param>
  <xsl:param name="header.rule">0</xsl:param>
  <xsl:param name="footer.rule">0</xsl:param>
  <xsl:param name="page.margin.inner">25mm</xsl:param>
  <xsl:param name="page.margin.outer">25mm</xsl:param>
  <xsl:param name="page.margin.top">10mm</xsl:param>
  <xsl:param name="body.margin.top">10mm</xsl:param>

  <xsl:template name="article.titlepage"/>
  <xsl:template name="header.content"/>
  <xsl:template name="footer.content">
    <xsl:param name="position" select="''"/>
    <fo:block font-size="9pt">
      <xsl:if test="$position = 'center'">Page <fo:page-number/> of <fo:page-number-citation ref-id="letter-end"/></xsl:if>
    </fo:block>
  </xsl:template>
  <xsl:template match="processing-instruction('linebreak')"><fo:block/></xsl:template>
  <xsl:template match="para[@role='letterhead']">
    <fo:block font-size="15pt" font-weight="bold" color="#00703c" space-after="10mm" border-bottom="1.5pt solid #00703c" padding-bottom="3mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="para[@role='from']">
    <fo:block text-align="right" font-size="9.5pt" space-after="8mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="para[@role='to']">
    <fo:block space-after="6mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="para[@role='date']">
    <fo:block space-after="6mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="para[@role='subject']">
    <fo:block font-weight="bold" space-before="4mm" space-after="2mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="para[@role='sign']">
    <fo:block space-before="14mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
</xsl:stylesheet>
