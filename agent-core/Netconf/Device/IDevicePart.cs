using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>
    /// One top-level container of the device's data (system, ups, pdu, printer, call-home): its state and
    /// configuration as NETCONF shows them, and, for configurable ones, how a new configuration is checked
    /// and applied. <see cref="DeviceData"/> commits an edit only when every part accepts its piece.
    /// </summary>
    public interface IDevicePart
    {
        /// <summary>The schema of the part's configuration (config true nodes), or null when it has none.</summary>
        SchemaNode? ConfigSchema { get; }

        /// <summary>The whole container, state and configuration, as of now.</summary>
        DataNode Read();

        /// <summary>The configuration as of now (null when the part has none).</summary>
        ConfigNode? ReadConfig();

        /// <summary>Null when the candidate (null: the container deleted) can be applied; else why not.</summary>
        RpcError? Check(ConfigNode? candidate);

        /// <summary>Applies a candidate that <see cref="Check"/> accepted.</summary>
        void Apply(ConfigNode? candidate);
    }
}
