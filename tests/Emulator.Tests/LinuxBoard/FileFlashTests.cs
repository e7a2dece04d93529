using System;
using System.IO;
using Callhome.AgentCore.Config;
using Callhome.Boards.Linux;
using Xunit;

namespace Callhome.Emulator.Tests.LinuxBoard
{
    /// <summary>The Linux board's flash: pages in a file written with fsync, NOR semantics, and the config store on it
    /// surviving a power cut (the file holding only a prefix of the interrupted write) and a reboot (a reopen).</summary>
    public sealed class FileFlashTests : IDisposable
    {
        private const int PageSize = ConfigSamples.PageSize;
        private const int Pages = 12;
        private static readonly int SlotPages = ConfigStore.PagesPerSlotFor(PageSize);
        private readonly string directory = Path.Combine(Path.GetTempPath(), "callhome-fileflash-" + Guid.NewGuid().ToString("N"));

        public FileFlashTests()
        {
            Directory.CreateDirectory(directory);
        }

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public void ANewFileIsErasedAndProgrammingOnlyClearsBits()
        {
            string path = Path.Combine(directory, "flash.bin");
            using (var flash = new FileFlash(path, PageSize, Pages))
            {
                byte[] read = new byte[PageSize * Pages];
                flash.Read(0, read, 0, read.Length);
                Assert.All(read, b => Assert.Equal(0xFF, b));
                flash.Program(PageSize - 1, new byte[] { 0xF0, 0x0F }, 0, 2);
                flash.Program(PageSize - 1, new byte[] { 0x3C, 0xFF }, 0, 2);
            }

            Assert.Equal(PageSize * Pages, new FileInfo(path).Length);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            using (var reopened = new FileFlash(path, PageSize, Pages))
            {
                byte[] two = new byte[2];
                reopened.Read(PageSize - 1, two, 0, 2);
                Assert.Equal(new byte[] { 0x30, 0x0F }, two);
                reopened.ErasePage(0);
                reopened.Read(PageSize - 1, two, 0, 2);
                Assert.Equal(new byte[] { 0xFF, 0x0F }, two);
                Assert.Throws<ArgumentOutOfRangeException>(() => reopened.ErasePage(Pages));
                Assert.Throws<ArgumentOutOfRangeException>(() => reopened.Program((PageSize * Pages) - 1, two, 0, 2));
            }
        }

        [Fact]
        public void AFileOfAnotherGeometryIsRefused()
        {
            string path = Path.Combine(directory, "flash.bin");
            File.WriteAllBytes(path, new byte[100]);
            var error = Assert.Throws<InvalidDataException>(() => new FileFlash(path, PageSize, Pages));
            Assert.Contains("is 100 bytes, not 12 pages of 256", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TheConfigStoreSurvivesAPowerCutAtSampledBytesOfASaveAndAReboot()
        {
            // Every byte of the record's programming; every 17th of the slot's erase (fsync per write costs here).
            long total = BytesOfOneSave();
            Assert.True(total > SlotPages * PageSize, "the save erases the whole slot, then programs");
            int sawOld = 0;
            int sawNew = 0;
            for (long cut = 0; cut <= total; cut += cut < SlotPages * PageSize ? 17 : 1)
            {
                string path = Path.Combine(directory, "cut-" + cut + ".bin");
                using (var flash = new FileFlash(path, PageSize, Pages))
                {
                    var store = new ConfigStore(flash, 0, SlotPages);
                    store.Load();
                    store.Save(ConfigSamples.Old());
                    flash.WriteBudget = cut;
                    if (cut < total)
                    {
                        Assert.Throws<IOException>(() => store.Save(ConfigSamples.New()));
                    }
                    else
                    {
                        store.Save(ConfigSamples.New());
                    }
                }

                using (var rebooted = new FileFlash(path, PageSize, Pages))
                {
                    var store = new ConfigStore(rebooted, 0, SlotPages);
                    DeviceConfig loaded = store.Load();
                    bool isOld = loaded.ContentEquals(ConfigSamples.Old());
                    bool isNew = loaded.ContentEquals(ConfigSamples.New());
                    Assert.True(isOld || isNew, "cut after " + cut + " of " + total + " bytes: " + store.LoadDetail);
                    sawOld += isOld ? 1 : 0;
                    sawNew += isNew ? 1 : 0;
                    store.Save(ConfigSamples.Third());
                    Assert.True(new ConfigStore(rebooted, 0, SlotPages).Load().ContentEquals(ConfigSamples.Third()), "saves again after a cut at " + cut);
                }

                File.Delete(path);
            }

            Assert.True(sawOld > 0 && sawNew > 0, sawOld + " old, " + sawNew + " new");
        }

        private long BytesOfOneSave()
        {
            string path = Path.Combine(directory, "count.bin");
            using var flash = new FileFlash(path, PageSize, Pages);
            var store = new ConfigStore(flash, 0, SlotPages);
            store.Load();
            store.Save(ConfigSamples.Old());
            long budget = 1 << 20;
            flash.WriteBudget = budget;
            store.Save(ConfigSamples.New());
            return budget - flash.WriteBudget;
        }
    }
}
