namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// Field tags of the stored configuration (ConfigCodec). Values are persistent: never renumber. Tags below
    /// 80h are critical (a reader that does not know one rejects the record); tags from 80h are optional and
    /// skipped, so a downgraded firmware still reads what a newer one wrote.
    /// </summary>
    public enum ConfigTag : byte
    {
        DeviceName = 0x01,
        ManagerEndpoint = 0x02,
        ManagerHostKeyFingerprint = 0x03,
        CallHomeMode = 0x04,
        PeriodSeconds = 0x05,
        IdleTimeoutSeconds = 0x06,
        ReconnectMinSeconds = 0x07,
        ReconnectMaxSeconds = 0x08,
        FirstOptional = 0x80,

        // Optional fields (the lead's range is 81h-8Fh, SNMP's 90h-9Fh).
        CallHomeProtocol = 0x81,
        ManagerUserName = 0x82,
    }
}
