using System.Runtime.Versioning;

// The firmware under test is a Linux ELF binary (x64 native, arm64 under qemu-user).
[assembly: SupportedOSPlatform("linux")]
