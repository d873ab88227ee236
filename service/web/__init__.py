"""The Litestar web layer: controllers, guards and error mapping. Logic lives in service.usecases."""
