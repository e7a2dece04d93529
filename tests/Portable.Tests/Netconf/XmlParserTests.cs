using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>The safe XML reader: well-formed input (XML 1.0, Namespaces in XML 1.0) and every refusal.</summary>
    [TestClass]
    public class XmlParserTests
    {
        private const string Base = "urn:ietf:params:xml:ns:netconf:base:1.0";

        [TestMethod]
        public void ReadsAnRpcWithDeclarationNamespaceAndAttributes()
        {
            XmlElement rpc = Parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rpc message-id=\"101\" xmlns=\"" + Base
                + "\">\n  <get/>\n</rpc>\n");
            Assert.IsTrue(rpc.Is(Base, "rpc"), "root");
            Assert.AreEqual("101", rpc.AttributeValue(string.Empty, "message-id"));
            Assert.AreEqual(1, rpc.ChildCount);
            Assert.IsTrue(rpc.Child(0).Is(Base, "get"), "child in the default namespace");
            Assert.IsFalse(rpc.HasNonWhitespaceText, "only indentation");
        }

        [TestMethod]
        public void ResolvesPrefixesInScopeAndUndeclaredDefaults()
        {
            XmlElement root = Parse("<nc:rpc xmlns:nc=\"" + Base + "\" xmlns=\"urn:d\"><nc:get><a xmlns=\"\"/><b/>"
                + "<p:c xmlns:p=\"urn:p\" p:x=\"1\" y=\"2\" xml:lang=\"en\"/></nc:get></nc:rpc>");
            XmlElement get = root.Child(0);
            Assert.IsTrue(get.Is(Base, "get"), "prefixed");
            Assert.IsTrue(get.Child(0).Is(string.Empty, "a"), "xmlns=\"\" removes the default");
            Assert.IsTrue(get.Child(1).Is("urn:d", "b"), "inherits the default");
            XmlElement c = get.Child(2);
            Assert.IsTrue(c.Is("urn:p", "c"), "own prefix");
            Assert.AreEqual("1", c.AttributeValue("urn:p", "x"));
            Assert.AreEqual("2", c.AttributeValue(string.Empty, "y"), "unprefixed attributes have no namespace");
            Assert.AreEqual("en", c.AttributeValue("http://www.w3.org/XML/1998/namespace", "lang"));
            Assert.AreEqual(3, c.AttributeCount, "declarations are not attributes");
        }

        [TestMethod]
        [DataRow("<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x00043;</a>", "<>&'\"ABC")]
        [DataRow("<a><![CDATA[<x>&amp;]]]]><![CDATA[>]]></a>", "<x>&amp;]]>")]
        [DataRow("<!-- c --><?pi x?><a>1<!-- in -->2<?p?>3</a><!-- after -->\n", "123")]
        [DataRow("<a>x\r\ny\rz\n</a>", "x\ny\nz\n")]
        [DataRow("<a>]]</a>", "]]")]
        [DataRow("<a>]></a>", "]>")]
        [DataRow("<a\n  >t</a\n>", "t")]
        public void ReadsCharacterData(string document, string expected)
        {
            Assert.AreEqual(expected, Parse(document).Text);
        }

        [TestMethod]
        public void ReadsUtf8TextAndAttributesAndSupplementaryCharacters()
        {
            XmlElement root = Parse("\ufeff<cafe name=\"\u00e9t\u00e9\">h\u00e9llo \u20ac &#x1F600;\ud83d\ude00</cafe>");
            Assert.AreEqual("cafe", root.LocalName);
            Assert.AreEqual("\u00e9t\u00e9", root.AttributeValue(string.Empty, "name"));
            Assert.AreEqual("h\u00e9llo \u20ac \ud83d\ude00\ud83d\ude00", root.Text);
        }

        [TestMethod]
        [DataRow("<a b=\"x&#10;y\tz\r\nw\"/>", "x\ny z w")]
        [DataRow("<a b='say \"hi\"'/>", "say \"hi\"")]
        [DataRow("<a b=\"&#x9;&#xD;\"/>", "\t\r")]
        public void NormalisesAttributeValues(string document, string expected)
        {
            Assert.AreEqual(expected, Parse(document).AttributeValue(string.Empty, "b"));
        }

        [TestMethod]
        [DataRow("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")]
        [DataRow("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>")]
        [DataRow("<a>&x;</a>")]
        [DataRow("<a><!ENTITY x \"y\"></a>")]
        [DataRow("<a>&lt</a>")]
        [DataRow("<a>&#;</a>")]
        [DataRow("<a>&#x;</a>")]
        [DataRow("<a>&#0;</a>")]
        [DataRow("<a>&#xD800;</a>")]
        [DataRow("<a>&#x110000;</a>")]
        [DataRow("<a>&#99999999999999999999;</a>")]
        [DataRow("<a>&#xFFFE;</a>")]
        [DataRow("<a>\u0001</a>")]
        [DataRow("<a></b>")]
        [DataRow("<a><b></a></b>")]
        [DataRow("<a>")]
        [DataRow("<a><b/>")]
        [DataRow("<a/><b/>")]
        [DataRow("text<a/>")]
        [DataRow("<a/>text")]
        [DataRow("")]
        [DataRow("  \n")]
        [DataRow("<a>]]></a>")]
        [DataRow("<a b=\"1\" b=\"2\"/>")]
        [DataRow("<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>")]
        [DataRow("<p:a/>")]
        [DataRow("<a p:x=\"1\"/>")]
        [DataRow("<a xmlns:p=\"\"/>")]
        [DataRow("<a xmlns:xml=\"urn:other\"/>")]
        [DataRow("<a xmlns:xmlns=\"urn:other\"/>")]
        [DataRow("<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>")]
        [DataRow("<a b=1/>")]
        [DataRow("<a b=\"<\"/>")]
        [DataRow("<a b=\"1\"c=\"2\"/>")]
        [DataRow("<a b/>")]
        [DataRow("<a b=\"1/>")]
        [DataRow("<1a/>")]
        [DataRow("<-a/>")]
        [DataRow("<a:b:c xmlns:a=\"u\"/>")]
        [DataRow("<:a/>")]
        [DataRow("<a:/>")]
        [DataRow("< a/>")]
        [DataRow("<a></ a>")]
        [DataRow("<a></a b>")]
        [DataRow("<x:a xmlns:x=\"u\" xmlns:y=\"u\"></y:a>")]
        [DataRow("<caf\u00e9/>")]
        [DataRow("<a n\u00e4me=\"1\"/>")]
        [DataRow("<!-- a -- b --><a/>")]
        [DataRow("<!-- a ---><a/>")]
        [DataRow("<a><!-- open</a>")]
        [DataRow("<a><![CDATA[open</a>")]
        [DataRow("<a><?pi open</a>")]
        [DataRow("<a><?xml version=\"1.0\"?></a>")]
        [DataRow("<a/><?xml version=\"1.0\"?>")]
        [DataRow(" <?xml version=\"1.0\"?><a/>")]
        [DataRow("<?xml version=\"2.0\"?><a/>")]
        [DataRow("<?xml encoding=\"UTF-8\"?><a/>")]
        [DataRow("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")]
        [DataRow("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>")]
        [DataRow("<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>")]
        [DataRow("<?xml version=\"1.0\" foo=\"bar\"?><a/>")]
        [DataRow("<?xml version=\"1.0\"")]
        public void RefusesDocumentsThatAreNotWellFormedOrNotAllowed(string document)
        {
            ExpectRefusal(Utf8.Bytes(document), XmlLimits.Default());
        }

        [TestMethod]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xc0, 0xaf, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xe0, 0x80, 0xaf, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xf4, 0x90, 0x80, 0x80, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xf5, 0x80, 0x80, 0x80, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xc3, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0x80, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xef, 0xbf, 0xbf, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0x00, 0x3c, 0x2f, 0x61, 0x3e })]
        [DataRow(new byte[] { 0x3c, 0x61, 0x3e, 0xe2, 0x82 })]
        public void RefusesInvalidUtf8(byte[] document)
        {
            ExpectRefusal(document, XmlLimits.Default());
        }

        [TestMethod]
        public void EnforcesEveryLimitAtItsBoundary()
        {
            XmlLimits limits = new XmlLimits(3, 5, 2, 8);
            Parse("<a><b><c/></b></a>", limits);
            ExpectRefusal(Utf8.Bytes("<a><b><c><d/></c></b></a>"), limits);
            Parse("<a><b/><b/><b/><b/></a>", limits);
            ExpectRefusal(Utf8.Bytes("<a><b/><b/><b/><b/><b/></a>"), limits);
            Parse("<a x=\"1\" y=\"2\"/>", limits);
            ExpectRefusal(Utf8.Bytes("<a x=\"1\" y=\"2\" z=\"3\"/>"), limits);
            ExpectRefusal(Utf8.Bytes("<a xmlns=\"u\" xmlns:p=\"v\" p:z=\"3\"/>"), limits);
            Parse("<abcdefgh/>", limits);
            ExpectRefusal(Utf8.Bytes("<abcdefghi/>"), limits);
            ExpectRefusal(Utf8.Bytes("<a abcdefghi=\"1\"/>"), limits);
        }

        [TestMethod]
        public void DeepNestingIsRefusedWithoutRecursion()
        {
            string open = string.Empty;
            for (int i = 0; i < 5000; i++)
            {
                open += "<a>";
            }

            ExpectRefusal(Utf8.Bytes(open), XmlLimits.Default());
        }

        [TestMethod]
        public void TheSameParserReadsDocumentAfterARefusal()
        {
            XmlParser parser = new XmlParser(XmlLimits.Default());
            byte[] bad = Utf8.Bytes("<p:a xmlns:p=\"u\"><b xmlns:q=\"v\"><q:c/>");
            bool refused = false;
            try
            {
                parser.Parse(bad, 0, bad.Length);
            }
            catch (XmlFormatException)
            {
                refused = true;
            }

            Assert.IsTrue(refused, "unterminated document refused");
            byte[] good = Utf8.Bytes("<q:a xmlns:q=\"w\"/>");
            Assert.AreEqual("w", parser.Parse(good, 0, good.Length).Namespace, "no binding leaks from the refused document");
        }

        [TestMethod]
        public void ReadsOnlyTheGivenRange()
        {
            byte[] bytes = Utf8.Bytes("xx<a>1</a>yy");
            XmlElement root = new XmlParser(XmlLimits.Default()).Parse(bytes, 2, bytes.Length - 4);
            Assert.AreEqual("1", root.Text);
        }

        [TestMethod]
        public void ReportsTheOffsetOfTheProblem()
        {
            byte[] bytes = Utf8.Bytes("<a>&bogus;</a>");
            try
            {
                new XmlParser(XmlLimits.Default()).Parse(bytes, 0, bytes.Length);
            }
            catch (XmlFormatException e)
            {
                Assert.AreEqual(3, e.Offset, "the '&' of the reference");
                Assert.Contains("bogus", e.Message);
                return;
            }

            Assert.IsTrue(false, "refusal expected");
        }

        internal static XmlElement Parse(string document)
        {
            return Parse(document, XmlLimits.Default());
        }

        private static XmlElement Parse(string document, XmlLimits limits)
        {
            byte[] bytes = Utf8.Bytes(document);
            return new XmlParser(limits).Parse(bytes, 0, bytes.Length);
        }

        private static void ExpectRefusal(byte[] document, XmlLimits limits)
        {
            bool refused = false;
            try
            {
                new XmlParser(limits).Parse(document, 0, document.Length);
            }
            catch (XmlFormatException)
            {
                refused = true;
            }

            Assert.IsTrue(refused, "refused: " + document.Length + " bytes");
        }
    }
}
