using Callhome.AgentCore.Config;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Config
{
    /// <summary>The two-slot store over plain NOR flash (power cuts: tests/Emulator.Tests).</summary>
    [TestClass]
    public class ConfigStoreTests
    {
        private const int PageSize = 512;

        private static RamFlash Flash()
        {
            return new RamFlash(PageSize, 2 * ConfigStore.PagesPerSlotFor(PageSize));
        }

        private static ConfigStore Store(RamFlash flash)
        {
            return new ConfigStore(flash, 0, ConfigStore.PagesPerSlotFor(PageSize));
        }

        private static ConfigStore Store(RamFlash flash, int firstPage, int pagesPerSlot)
        {
            return new ConfigStore(flash, firstPage, pagesPerSlot);
        }

        [TestMethod]
        public void ASavedConfigSurvivesAReboot()
        {
            RamFlash flash = Flash();
            var config = new DeviceConfig();
            config.DeviceName = "printer-3f";
            config.ManagerEndpoints = new ManagerEndpoint[] { new ManagerEndpoint("mgr", 4334) };
            Store(flash).Save(config);

            ConfigStore rebooted = Store(flash);
            Assert.IsTrue(rebooted.Load().ContentEquals(config));
            Assert.AreEqual((int)ConfigLoadStatus.Loaded, (int)rebooted.LoadStatus);
            Assert.AreEqual("slot 0: valid, sequence 1; slot 1: blank", rebooted.LoadDetail);
        }

        [TestMethod]
        public void TheRecordStartsWithMagicVersionSequenceAndLength()
        {
            RamFlash flash = Flash();
            ConfigStore store = Store(flash);
            store.Save(new DeviceConfig());
            store.Save(new DeviceConfig());
            int slot1 = ConfigStore.PagesPerSlotFor(PageSize) * PageSize;
            Assert.AreEqual(
                "43484346" + "01" + "00" + "00000002",
                Callhome.AgentCore.Crypto.Hex.Encode(flash.Cells, slot1, 10),
                "second save: slot 1, sequence 2");
        }

        [TestMethod]
        public void RejectsSlotsTooSmallForTheLargestRecord()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Store(new RamFlash(64, 64), 0, 1));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Store(Flash(), 1, ConfigStore.PagesPerSlotFor(PageSize)));
        }
    }
}
