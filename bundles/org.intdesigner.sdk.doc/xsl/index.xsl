<?xml version="1.0" encoding="UTF-8"?>
<!-- The extension point reference's index: every .exsd the build found (target/points.xml: the schemas one
     after another inside <points>), with its id, name, declaring bundle and the first sentence of its description. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/points">
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title>Extension point reference</title>
        <link rel="stylesheet" href="../html/style.css"/>
      </head>
      <body>
        <h1>Extension point reference</h1>
        <p>Every extension point of INT Designer, generated from its schema when the SDK was built
        (<xsl:value-of select="count(xs:schema)"/> points). A plug-in contributes to one in its
        <code>plugin.xml</code>; see <a href="../html/index.html">Extending INT Designer</a>.</p>
        <table>
          <tr><th>Extension point</th><th>Declared by</th><th>What it adds</th></tr>
          <xsl:for-each select="xs:schema">
            <xsl:sort select="concat(xs:annotation/xs:appInfo/*[local-name()='meta.schema']/@plugin, xs:annotation/xs:appinfo/*[local-name()='meta.schema']/@plugin, '.',
                xs:annotation/xs:appInfo/*[local-name()='meta.schema']/@id, xs:annotation/xs:appinfo/*[local-name()='meta.schema']/@id)"/>
            <xsl:variable name="schema" select="."/>
            <xsl:variable name="meta" select="$schema/xs:annotation/xs:appInfo/*[local-name()='meta.schema'] | $schema/xs:annotation/xs:appinfo/*[local-name()='meta.schema']"/>
            <xsl:variable name="id" select="concat($meta/@plugin, '.', $meta/@id)"/>
            <xsl:variable name="text" select="normalize-space($schema/xs:annotation[xs:appInfo/*[local-name()='meta.schema'] or xs:appinfo/*[local-name()='meta.schema']]/xs:documentation)"/>
            <tr>
              <td><a href="{$id}.html"><code><xsl:value-of select="$id"/></code></a><br/><xsl:value-of select="$meta/@name"/></td>
              <td><code><xsl:value-of select="$meta/@plugin"/></code></td>
              <td><xsl:choose>
                  <xsl:when test="contains($text, '. ')"><xsl:value-of select="substring-before($text, '. ')"/>.</xsl:when>
                  <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
                </xsl:choose></td>
            </tr>
          </xsl:for-each>
        </table>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
