using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    [TestClass]
    public class XmlWriterTests
    {
        [TestMethod]
        public void WritesNamespacesOnlyWhereTheyChange()
        {
            ByteSink sink = new ByteSink(512);
            XmlWriter writer = new XmlWriter(sink, 16, 8);
            writer.StartElement("rpc-reply", "urn:base");
            writer.Attribute("message-id", "7");
            writer.StartElement("data", "urn:base");
            writer.StartElement("ups", "urn:ups");
            writer.Element("charge", "urn:ups", "97");
            writer.StartElement("empty", string.Empty);
            writer.EndElement();
            writer.EndElement();
            writer.EndElement();
            writer.EndElement();
            writer.Flush();
            Assert.AreEqual("<rpc-reply xmlns=\"urn:base\" message-id=\"7\"><data><ups xmlns=\"urn:ups\"><charge>97</charge>"
                + "<empty xmlns=\"\"/></ups></data></rpc-reply>", sink.Text());
        }

        [TestMethod]
        public void EscapesSoThatTheParserReadsBackTheSameStrings()
        {
            string text = "a<b>&c]]>\"'\r\n\tz \u00e9\u20ac\ud83d\ude00";
            ByteSink sink = new ByteSink(512);
            XmlWriter writer = new XmlWriter(sink, 8, 4);
            writer.StartElement("e", "urn:x");
            writer.Attribute("v", text);
            writer.Attribute("urn:other", "w", text);
            writer.Text(text);
            writer.EndElement();
            writer.Flush();

            XmlElement parsed = new XmlParser(XmlLimits.Default()).Parse(sink.Buffer, 0, sink.Length);
            Assert.AreEqual(text, parsed.Text);
            Assert.AreEqual(text, parsed.AttributeValue(string.Empty, "v"));
            Assert.AreEqual(text, parsed.AttributeValue("urn:other", "w"));
        }

        [TestMethod]
        public void ReplacesCharactersXmlCannotCarry()
        {
            ByteSink sink = new ByteSink(64);
            XmlWriter writer = new XmlWriter(sink, 64, 2);
            writer.Element("e", string.Empty, "a\u0001b\ud800c");
            writer.Flush();
            Assert.AreEqual("a\ufffdb\ufffdc", new XmlParser(XmlLimits.Default()).Parse(sink.Buffer, 0, sink.Length).Text);
        }
    }
}
