using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Callhome.Interop.Tests.ChaChaPoly
{
    /// <summary>One encrypted packet as captured: the direction's 64-byte key (K_2 || K_1), the sequence
    /// number, the bytes on the wire (encrypted length || encrypted rest || tag) and the plaintext
    /// (packet_length || padding_length || payload || padding).</summary>
    public sealed record CapturedPacket(string Direction, uint SequenceNumber, byte MessageNumber, string MessageName,
        byte[] Key, byte[] Wire, byte[] Plaintext)
    {
        public override string ToString() => Direction + " #" + SequenceNumber + " " + MessageName;
    }

    /// <summary>The JSON printed by capture/openssh_chacha_capture.py.</summary>
    public sealed class OpenSshCapture
    {
        private OpenSshCapture(JsonElement root)
        {
            ServerVersion = root.GetProperty("server_version").GetString()!;
            OpenSshVersion = root.GetProperty("openssh_version").GetString()!;
            CapturedUtc = root.GetProperty("captured_utc").GetString()!;
            StrictKex = root.GetProperty("strict_kex").GetBoolean();
            var algorithms = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty property in root.GetProperty("algorithms").EnumerateObject())
            {
                algorithms[property.Name] = property.Value.GetString()!;
            }

            Algorithms = algorithms;
            ServerToClient = Packets(root, "server_to_client");
            ClientToServer = Packets(root, "client_to_server");
        }

        public string ServerVersion { get; }

        public string OpenSshVersion { get; }

        public string CapturedUtc { get; }

        public bool StrictKex { get; }

        public IReadOnlyDictionary<string, string> Algorithms { get; }

        public IReadOnlyList<CapturedPacket> ServerToClient { get; }

        public IReadOnlyList<CapturedPacket> ClientToServer { get; }

        public IEnumerable<CapturedPacket> AllPackets
        {
            get
            {
                foreach (CapturedPacket packet in ServerToClient)
                {
                    yield return packet;
                }

                foreach (CapturedPacket packet in ClientToServer)
                {
                    yield return packet;
                }
            }
        }

        public static OpenSshCapture Parse(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return new OpenSshCapture(document.RootElement);
        }

        public static OpenSshCapture Load(string fileName) =>
            Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", fileName)));

        private static List<CapturedPacket> Packets(JsonElement root, string direction)
        {
            var packets = new List<CapturedPacket>();
            foreach (JsonElement packet in root.GetProperty(direction).EnumerateArray())
            {
                packets.Add(new CapturedPacket(
                    direction,
                    packet.GetProperty("sequence_number").GetUInt32(),
                    packet.GetProperty("message_number").GetByte(),
                    packet.GetProperty("message_name").GetString()!,
                    Convert.FromHexString(packet.GetProperty("key").GetString()!),
                    Convert.FromHexString(packet.GetProperty("wire").GetString()!),
                    Convert.FromHexString(packet.GetProperty("plaintext").GetString()!)));
            }

            return packets;
        }
    }
}
