<?xml version="1.0" encoding="UTF-8"?>
<!-- One extension point's schema (.exsd) as a help page: what PDE's schema-to-HTML shows (its description,
     each element with its attributes and their documentation, since, examples, API information, supplied
     implementation), which is not on Maven Central. The documentation in .exsd files is escaped HTML: it is
     written unescaped. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="meta" select="/xs:schema/xs:annotation/xs:appInfo/*[local-name()='meta.schema']
      | /xs:schema/xs:annotation/xs:appinfo/*[local-name()='meta.schema']"/>
  <xsl:variable name="pointId" select="concat($meta/@plugin, '.', $meta/@id)"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$meta/@name"/> (<xsl:value-of select="$pointId"/>)</title>
        <link rel="stylesheet" href="../html/style.css"/>
      </head>
      <body>
        <p><a href="index.html">Extension point reference</a></p>
        <h1><xsl:value-of select="$meta/@name"/></h1>
        <p><b>Identifier:</b><xsl:text> </xsl:text><code><xsl:value-of select="$pointId"/></code><br/>
           <b>Declared by:</b><xsl:text> </xsl:text><code><xsl:value-of select="$meta/@plugin"/></code></p>
        <h2 id="description">Description</h2>
        <xsl:call-template name="doc">
          <xsl:with-param name="annotation" select="/xs:schema/xs:annotation[xs:appInfo/*[local-name()='meta.schema'] or xs:appinfo/*[local-name()='meta.schema']]"/>
        </xsl:call-template>
        <h2 id="markup">Configuration markup</h2>
        <xsl:apply-templates select="/xs:schema/xs:element"/>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'since'"/><xsl:with-param name="title" select="'Since'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'examples'"/><xsl:with-param name="title" select="'Examples'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'apiinfo'"/><xsl:with-param name="title" select="'API information'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'implementation'"/><xsl:with-param name="title" select="'Supplied implementation'"/></xsl:call-template>
        <xsl:call-template name="section"><xsl:with-param name="type" select="'copyright'"/><xsl:with-param name="title" select="'Copyright'"/></xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- an element: its content model in words, its own documentation and a table of its attributes -->
  <xsl:template match="xs:element">
    <h3 id="e.{@name}">&lt;<xsl:value-of select="@name"/>&gt;</h3>
    <xsl:if test=".//xs:sequence/xs:element[@ref] or .//xs:choice/xs:element[@ref]">
      <p>Contains:
        <xsl:for-each select=".//xs:element[@ref]">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <a href="#e.{@ref}"><code>&lt;<xsl:value-of select="@ref"/>&gt;</code></a>
          <xsl:call-template name="occurs"/>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:call-template name="doc"><xsl:with-param name="annotation" select="xs:annotation"/></xsl:call-template>
    <xsl:if test="xs:complexType/xs:attribute">
      <table>
        <tr><th>Attribute</th><th>Use</th><th>Kind</th><th>Documentation</th></tr>
        <xsl:for-each select="xs:complexType/xs:attribute">
          <tr>
            <td><code><xsl:value-of select="@name"/></code></td>
            <td><xsl:choose><xsl:when test="@use"><xsl:value-of select="@use"/></xsl:when><xsl:otherwise>optional</xsl:otherwise></xsl:choose>
                <xsl:if test="@value"> (always <code><xsl:value-of select="@value"/></code>)</xsl:if>
                <xsl:if test="@default"> (default <code><xsl:value-of select="@default"/></code>)</xsl:if></td>
            <td><xsl:call-template name="kind"/></td>
            <td><xsl:call-template name="doc"><xsl:with-param name="annotation" select="xs:annotation"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>

  <xsl:template name="occurs">
    <!-- an element's own occurrences, else those of the sequence or choice it is in -->
    <xsl:variable name="min"><xsl:choose><xsl:when test="@minOccurs"><xsl:value-of select="@minOccurs"/></xsl:when><xsl:when test="../@minOccurs"><xsl:value-of select="../@minOccurs"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:variable name="max"><xsl:choose><xsl:when test="@maxOccurs"><xsl:value-of select="@maxOccurs"/></xsl:when><xsl:when test="../@maxOccurs"><xsl:value-of select="../@maxOccurs"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:text> (</xsl:text>
    <xsl:choose>
      <xsl:when test="$max = 'unbounded'"><xsl:value-of select="$min"/> or more</xsl:when>
      <xsl:when test="$min = $max">exactly <xsl:value-of select="$min"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$min"/> to <xsl:value-of select="$max"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- java: the class or interface to extend or implement; resource, identifier; else the schema type -->
  <xsl:template name="kind">
    <xsl:variable name="a" select="xs:annotation/xs:appInfo/*[local-name()='meta.attribute'] | xs:annotation/xs:appinfo/*[local-name()='meta.attribute']"/>
    <xsl:choose>
      <xsl:when test="$a/@kind = 'java'">Java class<xsl:if test="$a/@basedOn">
          <xsl:variable name="extends" select="substring-before($a/@basedOn, ':')"/>
          <xsl:variable name="implements" select="substring-after($a/@basedOn, ':')"/>
          <xsl:if test="$extends != ''"> extending <code><xsl:value-of select="$extends"/></code></xsl:if>
          <xsl:if test="$implements != ''"> implementing <code><xsl:value-of select="$implements"/></code></xsl:if>
          <xsl:if test="not(contains($a/@basedOn, ':'))"> based on <code><xsl:value-of select="$a/@basedOn"/></code></xsl:if>
        </xsl:if></xsl:when>
      <xsl:when test="$a/@kind"><xsl:value-of select="$a/@kind"/><xsl:if test="$a/@basedOn"> (<code><xsl:value-of select="$a/@basedOn"/></code>)</xsl:if></xsl:when>
      <xsl:when test="xs:simpleType/xs:restriction/xs:enumeration">one of
        <xsl:for-each select="xs:simpleType/xs:restriction/xs:enumeration"><xsl:if test="position() &gt; 1">, </xsl:if><code><xsl:value-of select="@value"/></code></xsl:for-each></xsl:when>
      <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$a/@translatable = 'true'"> (translatable)</xsl:if>
  </xsl:template>

  <xsl:template name="doc">
    <xsl:param name="annotation"/>
    <xsl:for-each select="$annotation/xs:documentation">
      <div class="doc"><xsl:value-of select="." disable-output-escaping="yes"/></div>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="section">
    <xsl:param name="type"/>
    <xsl:param name="title"/>
    <xsl:variable name="annotation" select="/xs:schema/xs:annotation[xs:appInfo/*[local-name()='meta.section']/@type = $type or xs:appinfo/*[local-name()='meta.section']/@type = $type]"/>
    <xsl:if test="$annotation">
      <h2 id="{$type}"><xsl:value-of select="$title"/></h2>
      <xsl:call-template name="doc"><xsl:with-param name="annotation" select="$annotation"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
