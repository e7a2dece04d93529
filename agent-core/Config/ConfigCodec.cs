using System;

namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// The configuration payload: a sequence of TLV fields (ConfigTag, 2-byte length, value); numbers are
    /// 32-bit MSB first, strings printable ASCII, an endpoint is port (2 bytes) then host. Every field but the
    /// endpoints and the fingerprint must appear exactly once; the decoded result must pass
    /// <see cref="DeviceConfig.Validate"/>, so a record that decodes is a usable configuration.
    /// </summary>
    public static class ConfigCodec
    {
        /// <returns>the payload length written at offset.</returns>
        /// <exception cref="ArgumentException">the configuration is invalid or does not fit.</exception>
        public static int Encode(DeviceConfig config, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(config);
            string? invalid = config.Validate();
            if (invalid != null)
            {
                throw new ArgumentException(invalid, nameof(config));
            }

            var writer = new TlvWriter(buffer, offset, count);
            writer.WriteAscii(ConfigTag.DeviceName, config.DeviceName);
            for (int i = 0; i < config.ManagerEndpoints.Length; i++)
            {
                writer.WriteEndpoint(config.ManagerEndpoints[i]);
            }

            if (config.ManagerHostKeyFingerprint.Length != 0)
            {
                writer.WriteAscii(ConfigTag.ManagerHostKeyFingerprint, config.ManagerHostKeyFingerprint);
            }

            writer.WriteByte(ConfigTag.CallHomeMode, (int)config.Mode);
            writer.WriteInt32(ConfigTag.PeriodSeconds, config.PeriodSeconds);
            writer.WriteInt32(ConfigTag.IdleTimeoutSeconds, config.IdleTimeoutSeconds);
            writer.WriteInt32(ConfigTag.ReconnectMinSeconds, config.ReconnectMinSeconds);
            writer.WriteInt32(ConfigTag.ReconnectMaxSeconds, config.ReconnectMaxSeconds);
            writer.WriteByte(ConfigTag.CallHomeProtocol, (int)config.Protocol);
            writer.WriteAscii(ConfigTag.ManagerUserName, config.ManagerUserName);
            return writer.Position - offset;
        }

        public static bool TryDecode(byte[] buffer, int offset, int count, out DeviceConfig? config, out string? error)
        {
            config = null;
            var reader = new TlvReader(buffer, offset, count);
            var result = new DeviceConfig();
            var endpoints = new ManagerEndpoint[ConfigLimits.MaxEndpoints];
            int endpointCount = 0;
            int seen = 0;
            while (reader.Next())
            {
                int tag = reader.Tag;
                int at = reader.ValueOffset;
                int length = reader.ValueLength;
                if (tag == (int)ConfigTag.ManagerEndpoint)
                {
                    if (endpointCount == ConfigLimits.MaxEndpoints || length < 3)
                    {
                        reader.Fail("too many endpoints, or one too short");
                        break;
                    }

                    string? host = reader.AsciiAt(at + 2, length - 2);
                    if (host == null)
                    {
                        reader.Fail("endpoint host is not printable ASCII");
                        break;
                    }

                    endpoints[endpointCount++] = new ManagerEndpoint(host, (reader.ByteAt(at) << 8) | reader.ByteAt(at + 1));
                    continue;
                }

                if (tag >= (int)ConfigTag.FirstOptional)
                {
                    // Unknown optional tags are skipped (written by a newer firmware); known ones are read.
                    if (!ReadOptional(reader, result, tag, at, length))
                    {
                        break;
                    }

                    continue;
                }

                if (tag < (int)ConfigTag.DeviceName || tag > (int)ConfigTag.ReconnectMaxSeconds)
                {
                    reader.Fail("unknown critical tag " + tag.ToString());
                    break;
                }

                int bit = 1 << tag;
                if ((seen & bit) != 0)
                {
                    reader.Fail("tag " + tag.ToString() + " repeated");
                    break;
                }

                seen |= bit;
                if (!ReadField(reader, result, tag, at, length))
                {
                    break;
                }
            }

            const int Required = (1 << (int)ConfigTag.DeviceName) | (1 << (int)ConfigTag.CallHomeMode)
                | (1 << (int)ConfigTag.PeriodSeconds) | (1 << (int)ConfigTag.IdleTimeoutSeconds)
                | (1 << (int)ConfigTag.ReconnectMinSeconds) | (1 << (int)ConfigTag.ReconnectMaxSeconds);
            if (reader.Error == null && (seen & Required) != Required)
            {
                reader.Fail("a required field is missing");
            }

            if (reader.Error != null)
            {
                error = reader.Error;
                return false;
            }

            var list = new ManagerEndpoint[endpointCount];
            Array.Copy(endpoints, list, endpointCount);
            result.ManagerEndpoints = list;
            error = result.Validate();
            if (error != null)
            {
                return false;
            }

            config = result;
            return true;
        }

        private static bool ReadOptional(TlvReader reader, DeviceConfig result, int tag, int at, int length)
        {
            if (tag == (int)ConfigTag.CallHomeProtocol)
            {
                if (length != 1)
                {
                    return reader.Fail("protocol must be 1 byte");
                }

                result.Protocol = (CallHomeProtocol)reader.ByteAt(at);
            }
            else if (tag == (int)ConfigTag.ManagerUserName)
            {
                string? name = reader.AsciiAt(at, length);
                if (name == null)
                {
                    return reader.Fail("manager user name is not printable ASCII");
                }

                result.ManagerUserName = name;
            }

            return true;
        }

        private static bool ReadField(TlvReader reader, DeviceConfig result, int tag, int at, int length)
        {
            if (tag == (int)ConfigTag.DeviceName || tag == (int)ConfigTag.ManagerHostKeyFingerprint)
            {
                string? text = reader.AsciiAt(at, length);
                if (text == null)
                {
                    return reader.Fail("tag " + tag.ToString() + " is not printable ASCII");
                }

                if (tag == (int)ConfigTag.DeviceName)
                {
                    result.DeviceName = text;
                }
                else
                {
                    result.ManagerHostKeyFingerprint = text;
                }

                return true;
            }

            if (tag == (int)ConfigTag.CallHomeMode)
            {
                if (length != 1)
                {
                    return reader.Fail("mode must be 1 byte");
                }

                result.Mode = (CallHomeMode)reader.ByteAt(at);
                return true;
            }

            if (length != 4)
            {
                return reader.Fail("tag " + tag.ToString() + " must be 4 bytes");
            }

            int value = reader.Int32At(at);
            switch (tag)
            {
                case (int)ConfigTag.PeriodSeconds:
                    result.PeriodSeconds = value;
                    break;
                case (int)ConfigTag.IdleTimeoutSeconds:
                    result.IdleTimeoutSeconds = value;
                    break;
                case (int)ConfigTag.ReconnectMinSeconds:
                    result.ReconnectMinSeconds = value;
                    break;
                default:
                    result.ReconnectMaxSeconds = value;
                    break;
            }

            return true;
        }
    }
}
