using System.Runtime.Versioning;

// Peers are Linux programs (sshd, dropbear, unshare).
[assembly: SupportedOSPlatform("linux")]
