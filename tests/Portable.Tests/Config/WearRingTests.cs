using System;
using Callhome.AgentCore.Config;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Config
{
    /// <summary>The flash queue's behaviour over plain NOR flash (power cuts: tests/Emulator.Tests).</summary>
    [TestClass]
    public class WearRingTests
    {
        private const int PageSize = 64;

        private static WearRing Mounted(RamFlash flash)
        {
            var ring = new WearRing(flash, 0, flash.PageCount);
            ring.Mount();
            return ring;
        }

        private static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        private static string Oldest(WearRing ring, out uint sequence)
        {
            byte[] buffer = new byte[ring.MaxPayload];
            int length = ring.PeekOldest(buffer, 0, out sequence);
            if (length < 0)
            {
                return "(empty)";
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[i];
            }

            return new string(chars);
        }

        [TestMethod]
        public void IsFirstInFirstOutAcrossRemounts()
        {
            var flash = new RamFlash(PageSize, 3);
            WearRing ring = Mounted(flash);
            Assert.AreEqual(1u, ring.Append(Bytes("alpha"), 0, 5));
            Assert.AreEqual(2u, ring.Append(Bytes("beta"), 0, 4));

            ring = Mounted(flash);
            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual("alpha", Oldest(ring, out uint sequence));
            Assert.AreEqual(1u, sequence);
            ring.RemoveOldest();

            ring = Mounted(flash);
            Assert.AreEqual(1, ring.Count);
            Assert.AreEqual("beta", Oldest(ring, out sequence));
            Assert.AreEqual(2u, sequence);
            Assert.AreEqual(3u, ring.Append(Bytes("gamma"), 0, 5), "sequences continue after a remount");
        }

        [TestMethod]
        public void AnEmptyRingPeeksNothingAndRefusesRemoval()
        {
            WearRing ring = Mounted(new RamFlash(PageSize, 2));
            Assert.AreEqual("(empty)", Oldest(ring, out _));
            Assert.ThrowsException(typeof(InvalidOperationException), () => ring.RemoveOldest());
        }

        [TestMethod]
        public void AFullRingDropsItsOldestPageAndCountsIt()
        {
            var flash = new RamFlash(PageSize, 2);
            WearRing ring = Mounted(flash);

            // 41 bytes per entry: one entry per 64-byte page after the 12-byte header.
            byte[] payload = new byte[30];
            ring.Append(payload, 0, 30);
            ring.Append(payload, 0, 30);
            Assert.AreEqual(0, ring.Dropped);
            ring.Append(payload, 0, 30);
            Assert.AreEqual(1, ring.Dropped);
            Assert.AreEqual(2, ring.Count);
            Oldest(ring, out uint sequence);
            Assert.AreEqual(2u, sequence);
        }

        [TestMethod]
        public void RejectsAnEntryLargerThanAPage()
        {
            WearRing ring = Mounted(new RamFlash(PageSize, 2));
            Assert.AreEqual(PageSize - 12 - 11, ring.MaxPayload);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => ring.Append(new byte[64], 0, ring.MaxPayload + 1));
        }

        [TestMethod]
        public void ATornEntryIsSkippedAndAppendsMoveToAFreshPage()
        {
            var flash = new RamFlash(PageSize, 3);
            WearRing ring = Mounted(flash);
            ring.Append(Bytes("kept"), 0, 4);
            ring.Append(Bytes("torn"), 0, 4);
            flash.Cells[12 + 15 + 11] ^= 0x01; // a payload byte of the second entry

            ring = Mounted(flash);
            Assert.AreEqual(1, ring.Count);
            ring.Append(Bytes("next"), 0, 4);
            Assert.AreEqual((byte)0x43, flash.Cells[PageSize], "the append started page 1 (its header begins with C)");
            ring.RemoveOldest();
            Assert.AreEqual("next", Oldest(ring, out _));
        }

        [TestMethod]
        public void GarbageFlashMountsAsAnEmptyRing()
        {
            var flash = new RamFlash(PageSize, 2);
            for (int i = 0; i < flash.Cells.Length; i++)
            {
                flash.Cells[i] = (byte)((i * 37) + 11);
            }

            WearRing ring = Mounted(flash);
            Assert.AreEqual(0, ring.Count);
            ring.Append(Bytes("fresh"), 0, 5);
            Assert.AreEqual("fresh", Oldest(Mounted(flash), out _));
        }
    }
}
