using System.Runtime.Versioning;

// Peers are Linux programs (sshd, dropbear, unshare).
[assembly: SupportedOSPlatform("linux")]

// Most interop cases wait on peer processes rather than compute: run more test classes at once than cores.
[assembly: Xunit.CollectionBehavior(MaxParallelThreads = 4)]
