using System.Runtime.Versioning;

// This board's HAL is libc and Linux file semantics (getrandom, rename over, mode 0600).
[assembly: SupportedOSPlatform("linux")]
