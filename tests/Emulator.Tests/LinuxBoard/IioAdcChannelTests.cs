using System;
using System.IO;
using Callhome.Boards.Linux;
using Xunit;

namespace Callhome.Emulator.Tests.LinuxBoard
{
    /// <summary>IIO sysfs channels: a count is read as the kernel writes it; anything else is a failed read.</summary>
    public sealed class IioAdcChannelTests : IDisposable
    {
        private readonly string device = Path.Combine(Path.GetTempPath(), "callhome-iio-" + Guid.NewGuid().ToString("N"));

        public IioAdcChannelTests()
        {
            Directory.CreateDirectory(device);
        }

        public void Dispose() => Directory.Delete(device, recursive: true);

        [Theory]
        [InlineData("2300\n", true, 2300)]
        [InlineData("0\n", true, 0)]
        [InlineData("4095", true, 4095)]
        [InlineData("4096\n", false, 0)]
        [InlineData("-1\n", false, 0)]
        [InlineData("12ab\n", false, 0)]
        [InlineData("", false, 0)]
        [InlineData("99999999999999999999999999999999999999\n", false, 0)]
        public void ReadsTheRawCountOrFails(string content, bool ok, int expected)
        {
            File.WriteAllText(Path.Combine(device, "in_voltage2_raw"), content);
            var channel = new IioAdcChannel(device, 2, 4095, 3300);
            Assert.Equal(ok, channel.TryRead(out int raw));
            if (ok)
            {
                Assert.Equal(expected, raw);
            }
        }

        [Fact]
        public void AMissingChannelIsAFailedRead()
        {
            Assert.False(new IioAdcChannel(device, 7, 4095, 3300).TryRead(out _));
            Assert.False(new IioAdcChannel(Path.Combine(device, "no-such-device"), 0, 4095, 3300).TryRead(out _));
        }
    }
}
