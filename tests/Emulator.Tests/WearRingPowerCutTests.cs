using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Callhome.AgentCore.Config;
using Callhome.Boards.Emulator;
using Xunit;

namespace Callhome.Emulator.Tests
{
    /// <summary>
    /// Every queue operation cut at every byte it erases or programs: after the reboot (a new ring mounted
    /// over the same flash) the queue is one of the states the operation may leave, in order, never garbage,
    /// and the ring keeps working.
    /// </summary>
    public class WearRingPowerCutTests
    {
        private const int PageSize = 128;
        private const int Pages = 4;

        // 20-byte payloads: 31 bytes per entry, three entries per page.
        private static byte[] Payload(int n) => Encoding.ASCII.GetBytes(("entry-" + n).PadRight(20, '.'));

        private static string Names(params int[] entries) => string.Join(",", entries.Select(n => "entry-" + n));

        private static SimulatedFlash NewFlash() => new SimulatedFlash(PageSize, Pages + 1) { RequireErasedBeforeProgram = true };

        private static WearRing Mount(SimulatedFlash flash)
        {
            var ring = new WearRing(flash, 1, Pages);
            ring.Mount();
            return ring;
        }

        /// <summary>The queue's contents, read from a copy so the flash under test is untouched.</summary>
        private static string Drain(SimulatedFlash flash, out uint[] sequences)
        {
            SimulatedFlash copy = SimulatedFlashFactoryCopy(flash);
            WearRing ring = Mount(copy);
            var names = new List<string>();
            var seen = new List<uint>();
            byte[] buffer = new byte[ring.MaxPayload];
            int expectedCount = ring.Count;
            int length;
            while ((length = ring.PeekOldest(buffer, 0, out uint sequence)) >= 0)
            {
                names.Add(Encoding.ASCII.GetString(buffer, 0, length).TrimEnd('.'));
                seen.Add(sequence);
                ring.RemoveOldest();
            }

            Assert.Equal(expectedCount, names.Count);
            sequences = seen.ToArray();
            return string.Join(",", names);
        }

        private static SimulatedFlash SimulatedFlashFactoryCopy(SimulatedFlash source)
        {
            SimulatedFlash copy = NewFlash();
            Array.Copy(source.Cells, copy.Cells, source.Cells.Length);
            return copy;
        }

        private static SimulatedFlash Baseline(int appended, int removed)
        {
            SimulatedFlash flash = NewFlash();
            WearRing ring = Mount(flash);
            for (int i = 1; i <= appended; i++)
            {
                ring.Append(Payload(i), 0, 20);
            }

            for (int i = 0; i < removed; i++)
            {
                ring.RemoveOldest();
            }

            return flash;
        }

        private static void CutEverywhere(SimulatedFlash baseline, Action<WearRing> operation, string[] allowed, string before, string after)
        {
            long total;
            {
                SimulatedFlash flash = SimulatedFlashFactoryCopy(baseline);
                WearRing ring = Mount(flash);
                long start = flash.Operations;
                operation(ring);
                total = flash.Operations - start;
            }

            var outcomes = new HashSet<string>();
            for (long cut = 0; cut <= total; cut++)
            {
                SimulatedFlash flash = SimulatedFlashFactoryCopy(baseline);
                WearRing ring = Mount(flash);
                flash.CutPowerAfter(cut);
                if (cut < total)
                {
                    Assert.Throws<PowerLossException>(() => operation(ring));
                }
                else
                {
                    operation(ring);
                }

                flash.RestorePower();
                string queue = Drain(flash, out uint[] sequences);
                Assert.True(allowed.Contains(queue), "cut after " + cut + " of " + total + ": " + queue);
                Assert.True(sequences.Zip(sequences.Skip(1), (a, b) => b > a).All(x => x), "sequences increase: " + string.Join(",", sequences));
                outcomes.Add(queue);

                // The ring keeps working after the reboot: one more entry goes to the back (a full ring drops
                // its oldest page for it, and says how many entries that cost).
                WearRing rebooted = Mount(flash);
                rebooted.Append(Payload(99), 0, 20);
                IEnumerable<string> kept = queue.Split(',', StringSplitOptions.RemoveEmptyEntries).Skip(rebooted.Dropped);
                Assert.Equal(string.Join(",", kept.Append("entry-99")), Drain(flash, out _));
            }

            Assert.Contains(before, outcomes);
            Assert.Contains(after, outcomes);
        }

        [Fact]
        public void AppendIntoAPageWithRoom()
        {
            CutEverywhere(Baseline(2, 0), r => r.Append(Payload(3), 0, 20),
                new[] { Names(1, 2), Names(1, 2, 3) }, Names(1, 2), Names(1, 2, 3));
        }

        [Fact]
        public void AppendThatStartsANewPage()
        {
            CutEverywhere(Baseline(3, 0), r => r.Append(Payload(4), 0, 20),
                new[] { Names(1, 2, 3), Names(1, 2, 3, 4) }, Names(1, 2, 3), Names(1, 2, 3, 4));
        }

        [Fact]
        public void AppendThatWrapsOverTheOldestPageDropsOnlyThatPage()
        {
            int[] all = Enumerable.Range(1, 12).ToArray();
            int[] kept = Enumerable.Range(4, 9).ToArray();
            string full = Names(all);
            string dropped = Names(kept);
            string added = Names(kept.Append(13).ToArray());
            CutEverywhere(Baseline(12, 0), r => r.Append(Payload(13), 0, 20),
                new[] { full, dropped, added }, full, added);
        }

        [Fact]
        public void RemoveOldestIsAllOrNothing()
        {
            CutEverywhere(Baseline(5, 1), r => r.RemoveOldest(),
                new[] { Names(2, 3, 4, 5), Names(3, 4, 5) }, Names(2, 3, 4, 5), Names(3, 4, 5));
        }

        [Fact]
        public void ManyLapsSpreadErasesOverEveryPage()
        {
            SimulatedFlash flash = NewFlash();
            WearRing ring = Mount(flash);
            for (int i = 1; i <= 120; i++)
            {
                ring.Append(Payload(i), 0, 20);
                if (i % 2 == 0)
                {
                    ring.RemoveOldest();
                }

                if (i % 7 == 0)
                {
                    ring = Mount(flash);
                }
            }

            Assert.Equal(40, flash.EraseCount);
            for (int page = 1; page <= Pages; page++)
            {
                Assert.Equal(10, flash.EraseCountOf(page));
            }

            Assert.Equal(Names(Enumerable.Range(61, 60).ToArray().TakeLast(ring.Count).ToArray()), Drain(flash, out _));
        }
    }
}
