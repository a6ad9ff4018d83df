global using Bce.Runtime.Tests.TestSupport;
global using Bce.Testing;
