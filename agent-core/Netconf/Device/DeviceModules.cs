namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>Our YANG modules (agent-core/Netconf/Yang): namespaces, and the capability URIs a hello
    /// announces for them (RFC 6020 §5.6.4 form, which ncclient and YANG 1.0 managers read).</summary>
    public static class DeviceModules
    {
        public const string Revision = "2026-12-04";
        public const string System = "urn:callhome:yang:callhome-system";
        public const string Ups = "urn:callhome:yang:callhome-ups";
        public const string Pdu = "urn:callhome:yang:callhome-pdu";
        public const string Printer = "urn:callhome:yang:callhome-printer";
        public const string CallHome = "urn:callhome:yang:callhome-call-home";
        public const string Types = "urn:callhome:yang:callhome-types";

        public static string Capability(string ns)
        {
            string module = ns.Substring(ns.LastIndexOf(':') + 1);
            return ns + "?module=" + module + "&revision=" + Revision;
        }
    }
}
