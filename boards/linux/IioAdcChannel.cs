using System;
using System.Globalization;
using System.IO;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// An ADC input through the kernel's Industrial I/O interface: each read parses the decimal count in
    /// <c>/sys/bus/iio/devices/iio:deviceN/in_voltageK_raw</c>. A missing file, a read error or a value out of
    /// 0..<see cref="MaxValue"/> is a failed read (a sensor fault in the model), never an exception.
    /// </summary>
    public sealed class IioAdcChannel : IAdcChannel
    {
        private const int MaxFileBytes = 32;
        private readonly string path;
        private readonly byte[] buffer = new byte[MaxFileBytes];

        /// <param name="device">the IIO device directory, e.g. /sys/bus/iio/devices/iio:device0.</param>
        public IioAdcChannel(string device, int channel, int maxValue, int referenceMillivolts)
        {
            ArgumentException.ThrowIfNullOrEmpty(device);
            ArgumentOutOfRangeException.ThrowIfNegative(channel);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxValue);
            path = Path.Combine(device, "in_voltage" + channel.ToString(CultureInfo.InvariantCulture) + "_raw");
            MaxValue = maxValue;
            ReferenceMillivolts = referenceMillivolts;
        }

        public int MaxValue { get; }

        public int ReferenceMillivolts { get; }

        public bool TryRead(out int raw)
        {
            raw = 0;
            int length;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
                length = file.Read(buffer, 0, buffer.Length);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }

            ReadOnlySpan<byte> text = buffer.AsSpan(0, length).TrimEnd((byte)'\n');
            return length < MaxFileBytes
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out raw)
                && raw <= MaxValue;
        }
    }
}
